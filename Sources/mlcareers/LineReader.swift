import Foundation

/// Reads lines from a file descriptor in bounded memory: the bytes of a line past `limit` are read and
/// dropped, so a gigabyte without a newline costs no more than a long question. A last line without a
/// newline is still returned; invalid UTF-8 becomes U+FFFD; NUL bytes are kept for the engine to drop.
struct LineReader {
    let descriptor: Int32
    let limit: Int
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0
    private var line: [UInt8] = []
    private var pending = false
    private var finished = false

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line without its line feed; nil at the end of input, on a read error, or when
    /// `Interrupts` saw Ctrl-C while waiting.
    mutating func next() -> String? {
        while true {
            if start < end, let newline = nextNewline() {
                keep(upTo: newline)
                start = newline + 1
                return takeLine()
            }
            keep(upTo: end)
            start = end
            guard !finished, fill() else {
                finished = true
                return pending ? takeLine() : nil
            }
        }
    }

    private func nextNewline() -> Int? {
        buffer.withUnsafeBytes { bytes in
            memchr(bytes.baseAddress! + start, 0x0A, end - start).map { UnsafeRawPointer($0) - bytes.baseAddress! }
        }
    }

    /// Adds `buffer[start..<index]` to the line, up to the limit.
    private mutating func keep(upTo index: Int) {
        guard index > start else { return }
        pending = true
        let room = limit - line.count
        if room > 0 { line += buffer[start..<min(index, start + room)] }
    }

    private mutating func takeLine() -> String {
        defer {
            line.removeAll(keepingCapacity: true)
            pending = false
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Reads more input; false at its end.
    private mutating func fill() -> Bool {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                (start, end) = (0, count)
                return true
            }
            if count < 0, errno == EINTR, !Interrupts.received { continue }
            return false
        }
    }
}
