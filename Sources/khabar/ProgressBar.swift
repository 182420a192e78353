import Foundation

/// A one-line progress bar on standard error (count, rate, ETA), drawn only when standard error is
/// a terminal and at most ten times a second.
struct ProgressBar {
    let total: Int
    let enabled: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(2) == 1
    }

    mutating func update(_ done: Int) {
        guard enabled else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Int(Double(total - done) / rate) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = "\r[\(bar)] \(done)/\(total) files  \(String(format: "%.0f", rate))/s  ETA \(eta / 60):\(String(format: "%02d", eta % 60))"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

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
