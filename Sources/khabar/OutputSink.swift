import Foundation

/// Buffered output to standard output or a file (by descriptor).
final class OutputSink {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        if let path, path != "-" {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CLIError("\(path): cannot write (\(String(cString: strerror(errno))))") }
        } else {
            fd = 1
        }
        buffer.reserveCapacity(1 << 17)
    }

    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(_ s: String) { write(Array(s.utf8)) }

    func flush() {
        buffer.withUnsafeBufferPointer { p in
            var done = 0
            while done < p.count {
                let n = Glibc.write(fd, p.baseAddress! + done, p.count - done)
                if n <= 0 { break }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
        if fd != 1 { close(fd) }
    }
}
