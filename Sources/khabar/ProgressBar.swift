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
