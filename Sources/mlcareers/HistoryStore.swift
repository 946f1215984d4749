import CareerEngine
import Foundation

/// The REPL's history file: one entry per line, appended as each line is entered, so a crash or a
/// second session at the same time loses nothing. The file is created 0600 in a 0700 directory.
/// When it grows past twice the capacity it is compacted (read again, last entries kept, written to a
/// temporary file and renamed), but only when every line could be read: a damaged file is never rewritten.
final class HistoryStore {
    let path: String?
    let capacity: Int
    private(set) var entries: [String] = []
    /// The first problem met (unwritable directory, damaged file...); shown once, then the REPL goes on.
    private(set) var warning: String?
    private var linesInFile = 0
    private var damaged = false

    init(path: String?, capacity: Int) {
        self.path = path
        self.capacity = max(1, capacity)
        guard let path else { return }
        load(path)
    }

    /// Takes the warning to show, once.
    func takeWarning() -> String? {
        defer { warning = nil }
        return warning
    }

    /// Records an entry; consecutive duplicates are skipped.
    func add(_ line: String) {
        // Control characters would make the line read back as damaged: store the question as the engine reads it.
        let entry = ControlCharacters.removed(from: line, lineBreaks: .spaced)
        guard !entry.isEmpty, entries.last != entry else { return }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        guard let path else { return }
        append(entry, to: path)
    }

    private func warn(_ message: String) {
        if warning == nil, !warned { warning = message }
        warned = true
    }
    private var warned = false

    private func load(_ path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                return warn("history is not saved: cannot create \(directory)")
            }
        }
        guard let data = Self.contents(of: path) else { return }
        let (lines, clean) = Self.decode(data)
        damaged = !clean
        if damaged { warn("the history file \(path) has damaged lines; they are kept but not shown") }
        linesInFile = lines.count + (clean ? 0 : 1)
        entries = Array(lines.suffix(capacity))
    }

    /// History files larger than this are read from this many bytes before their end: the newest
    /// entries are there, and a huge file (or one that never ends) cannot stall the prompt.
    static let maximumBytesRead = 16 * 1024 * 1024

    /// The bytes of a regular file at `path` (its last `maximumBytesRead`, from a line start), or nil
    /// when there is none: a device (/dev/full, /dev/zero) or a FIFO is never read.
    static func contents(of path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let skipped = max(0, Int(status.st_size) - maximumBytesRead)
        guard (try? handle.seek(toOffset: UInt64(skipped))) != nil,
            var data = try? handle.read(upToCount: maximumBytesRead)
        else { return nil }
        if skipped > 0, let newline = data.firstIndex(of: UInt8(ascii: "\n")) { data = data[(newline + 1)...] }
        return Data(data)
    }

    /// Lines of the file, unescaped; false when some line was not text.
    static func decode(_ data: Data) -> ([String], Bool) {
        var clean = true
        var lines: [String] = []
        for raw in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let line = String(validating: raw, as: UTF8.self),
                !line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" })
            else {
                clean = false
                continue
            }
            lines.append(unescape(line))
        }
        return (lines, clean)
    }

    static func escape(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescape(_ line: String) -> String {
        var output = ""
        var escaped = false
        for character in line {
            if escaped {
                output.append(character == "n" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                output.append(character)
            }
        }
        return output
    }

    private func append(_ entry: String, to path: String) {
        guard let descriptor = openForAppend(path) else {
            return warn("history is not saved: cannot open \(path) (\(String(cString: strerror(errno))))")
        }
        let bytes = Array((Self.escape(entry) + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        guard written == bytes.count else {
            return warn("history is not saved: writing \(path) failed (\(String(cString: strerror(errno))))")
        }
        linesInFile += 1
        if linesInFile > capacity * 2, !damaged { compact(path) }
    }

    /// Opens the file for appending under a shared lock, making sure it is still the file at `path`
    /// (a compaction in another session may have just replaced it).
    private func openForAppend(_ path: String) -> Int32? {
        for _ in 0..<3 {
            // O_NONBLOCK: a FIFO without a reader fails at once instead of stopping the prompt.
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return nil }
            var opened = stat()
            var current = stat()
            guard fstat(descriptor, &opened) == 0 else {
                close(descriptor)
                return nil
            }
            // Only our own file is made private: a history path linked to /dev/null must not change it.
            if opened.st_mode & S_IFMT == S_IFREG { fchmod(descriptor, 0o600) }
            flock(descriptor, LOCK_SH)
            if stat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev {
                return descriptor
            }
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        return nil
    }

    /// Keeps the last `capacity` entries, merging what other sessions appended meanwhile.
    private func compact(_ path: String) {
        let lock = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard lock >= 0 else { return }
        defer { close(lock) }
        var status = stat()
        guard fstat(lock, &status) == 0, status.st_mode & S_IFMT == S_IFREG, flock(lock, LOCK_EX) == 0 else { return }
        defer { flock(lock, LOCK_UN) }
        guard let data = Self.contents(of: path) else { return }
        let (lines, clean) = Self.decode(data)
        guard clean else { return }
        let kept = lines.suffix(capacity).map { Self.escape($0) + "\n" }.joined()
        let temporary = path + ".tmp-\(getpid())"
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(kept.utf8), attributes: [.posixPermissions: 0o600]),
            rename(temporary, path) == 0
        else {
            unlink(temporary)
            return
        }
        linesInFile = min(lines.count, capacity)
    }
}
