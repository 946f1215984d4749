import ArgumentParser
import CareerEngine
import Foundation

/// Finds the transcripts `mlcareers test` plays: the paths given (files, or folders searched for
/// `*.txt`), or the copy of `Tests/Transcripts/` built into the binary.
enum TranscriptFiles {
    static func read(_ paths: [String]) throws -> [DataFile] {
        guard !paths.isEmpty else {
            return EmbeddedTranscripts.files.map { DataFile(path: $0.name, text: $0.text) }
        }
        return try paths.flatMap(files).map(DataDirectory.read)
    }

    /// The path itself, or the `*.txt` files below it, sorted; a missing path exits 66.
    private static func files(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Diagnostics.error("\(path): error: no such file or folder")
            throw ExitCode(66)
        }
        guard isDirectory.boolValue else { return [path] }
        let below = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        let folder = path.hasSuffix("/") ? path : path + "/"
        return below.filter { $0.hasSuffix(".txt") }.sorted().map { folder + $0 }
    }
}
