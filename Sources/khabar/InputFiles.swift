import Foundation

/// The inputs of `khabar analyze` / `khabar bench read`: files as given, directories walked
/// recursively (regular files and links to them, hidden names skipped, sorted), `-` for standard input.
enum InputFiles {
    /// Expands `paths`; a path that does not exist is kept so that reading it reports the error.
    static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(path)
                continue
            }
            var found: [String] = []
            let base = URL(fileURLWithPath: path)
            if let walker = fm.enumerator(at: base, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) {
                for case let url as URL in walker {
                    // stat follows symbolic links: a link to a regular file is an input.
                    var st = stat()
                    if stat(url.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { found.append(url.path) }
                }
            }
            out.append(contentsOf: found.sorted())
        }
        return out
    }

    /// Reads a whole input, refusing it without reading it when it is larger than `maxBytes`.
    ///
    /// Opens first and asks the open file for its size (`fstat`), so the path (often a symbolic
    /// link) is looked up once, not twice. `O_NONBLOCK` keeps a FIFO from blocking the open; it is
    /// refused as not a regular file like any other non-regular file. When the open fails, `stat`
    /// decides the message as before (a missing path, then a non-regular file, then the open's error).
    static func read(_ path: String, maxBytes: Int) throws -> [UInt8] {
        if path == "-" { return try readStandardInput(maxBytes: maxBytes) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let openError = errno
            var st = stat()
            guard stat(path, &st) == 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))") }
            guard (st.st_mode & S_IFMT) == S_IFREG else { throw CLIError("\(path): not a regular file") }
            throw CLIError("\(path): \(String(cString: strerror(openError)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw CLIError("\(path): \(String(cString: strerror(errno)))") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw CLIError("\(path): not a regular file") }
        let size = Int(st.st_size)
        guard size <= maxBytes else {
            throw CLIError("\(path): \(size) bytes is over the --max-bytes limit of \(maxBytes); refused")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 { throw CLIError("\(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeSubrange(done...) }
        return bytes
    }

    static func readStandardInput(maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress!, $0.count) }
            if n < 0 { throw CLIError("-: \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes {
                throw CLIError("-: standard input is over the --max-bytes limit of \(maxBytes); refused")
            }
        }
        return bytes
    }
}
