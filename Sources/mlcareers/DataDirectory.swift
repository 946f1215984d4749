import ArgumentParser
import CareerEngine
import Foundation

/// Finds the data files: the `--intents` directory, or the copy of `Intents/` built into the binary.
enum DataDirectory {
    /// Why the files could not be read, and the exit status that says so.
    struct Failure: Error {
        let message: String
        var status: Int32 = 65
    }

    /// The files of `directory` (nil: the built-in ones); a failure is printed and exits.
    static func files(at directory: String?) throws -> [DataFile] {
        guard let directory else {
            return EmbeddedIntents.files.map { DataFile(path: "Intents/\($0.name)", text: $0.text) }
        }
        return try printingFailure { () throws(Failure) in try files(in: directory) }
    }

    /// The `*.yaml` files of a folder, read; nothing is printed (`:reload` shows the failure itself).
    static func files(in directory: String) throws(Failure) -> [DataFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw Failure(message: "\(directory): error: no such folder", status: 66)
        }
        guard isDirectory.boolValue else {
            throw Failure(
                message:
                    "\(directory): error: this is a file; give the folder that holds the data files (\(folder(of: directory)))",
                status: 64)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let dataNames = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !dataNames.isEmpty else {
            throw failure("\(directory):1:1: error: no data files (*.yaml) in this directory")
        }
        var files: [DataFile] = []
        for name in dataNames {
            files.append(try readFile(directory.hasSuffix("/") ? directory + name : directory + "/" + name))
        }
        return files
    }

    /// Runs `body`; a failure is printed on stderr and ends the command with its status.
    static func printingFailure<T>(_ body: () throws(Failure) -> T) throws -> T {
        do throws(Failure) {
            return try body()
        } catch {
            Diagnostics.error(error.message)
            throw ExitCode(error.status)
        }
    }

    /// The folder a file is in, as the user would type it.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `check FILE`: a file is checked together with the other files of its folder, since the rules
    /// of one file need the roles and words of the others; said in a note first.
    static func folderToCheck(_ path: String?) -> String? {
        var isDirectory: ObjCBool = false
        guard let path, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return path }
        let folder = folder(of: path)
        Diagnostics.error(
            "note: check reads a whole folder: checking \(path) together with the other files of \(folder)")
        return folder
    }

    /// Data files larger than this are refused: the shipped data is 50 KB, so this is only a mistake.
    static let maximumFileSize = 10_000_000

    /// Reads a file as `readFile` does; prints why not and exits 65.
    static func read(_ path: String) throws -> DataFile {
        try printingFailure { () throws(Failure) in try readFile(path) }
    }

    /// Reads a regular file of at most `maximumFileSize` bytes; never more than that, whatever the file is
    /// (a link to /dev/zero, a FIFO, a file growing while it is read).
    static func readFile(_ path: String) throws(Failure) -> DataFile {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw failure("\(path):1:1: error: cannot read the file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw failure("\(path):1:1: error: not a regular file")
        }
        let size = Int(status.st_size)
        guard size <= maximumFileSize else {
            throw failure(
                "\(path):1:1: error: the file is \((size + 999_999) / 1_000_000) MB; data files may be at most \(maximumFileSize / 1_000_000) MB"
            )
        }
        // One byte more than the size: a file that grows while it is read is noticed, not read on.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else {
                throw failure("\(path):1:1: error: cannot read the file (\(String(cString: strerror(errno))))")
            }
            if got == 0 { break }
            count += got
        }
        guard count <= size else { throw failure("\(path):1:1: error: the file changed while it was read") }
        guard let text = String(validating: bytes[..<count], as: UTF8.self) else {
            throw failure("\(path):1:1: error: the file is not UTF-8 text")
        }
        return DataFile(path: path, text: text)
    }

    /// A located error: the data is bad, so the command exits 65.
    private static func failure(_ message: String) -> Failure {
        Failure(message: message)
    }
}
