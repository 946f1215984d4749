import ArgumentParser
import CareerEngine
import Foundation

/// Finds the data files: the `--intents` directory, or the copy of `Intents/` built into the binary.
enum DataDirectory {
    static func files(at directory: String?) throws -> [DataFile] {
        guard let directory else {
            return EmbeddedIntents.files.map { DataFile(path: "Intents/\($0.name)", text: $0.text) }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            Diagnostics.error("\(directory): error: no such directory")
            throw ExitCode(65)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { name in
            try read(directory.hasSuffix("/") ? directory + name : directory + "/" + name)
        }
    }

    /// Data files larger than this are refused: the shipped data is 50 KB, so this is only a mistake.
    static let maximumFileSize = 10_000_000

    /// Reads one data file, or prints why not and exits 65.
    static func read(_ path: String) throws -> DataFile {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumFileSize else {
            Diagnostics.error("\(path):1:1: error: the file is \(size / 1_000_000) MB; data files may be at most \(maximumFileSize / 1_000_000) MB")
            throw ExitCode(65)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            Diagnostics.error("\(path):1:1: error: cannot read the file")
            throw ExitCode(65)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Diagnostics.error("\(path):1:1: error: the file is not UTF-8 text")
            throw ExitCode(65)
        }
        return DataFile(path: path, text: text)
    }
}
