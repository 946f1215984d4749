import CareerEngine
import Foundation

/// Paths in the repository and the shipped assistant, loaded once for all tests.
public enum Fixtures {
    /// The repository: this file is Tests/TranscriptKit/Fixtures.swift.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ path: String) -> URL { repository.appending(path: path) }

    /// Reads every YAML file of a directory, with display paths like `Intents/roles.yaml`.
    public static func dataFiles(in directory: String) -> [DataFile] {
        let folder = url(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            DataFile(
                path: "\(directory)/\(name)",
                text: (try? String(contentsOf: folder.appending(path: name), encoding: .utf8)) ?? "")
        }
    }

    public static let shipped: Assistant = {
        do throws(DataProblems) {
            return try Assistant(files: dataFiles(in: "Intents"))
        } catch {
            fatalError(
                "the shipped Intents/ do not load:\n" + error.diagnostics.map { $0.rendered() }.joined(separator: "\n"))
        }
    }()

    /// The shipped data files with one file replaced or added.
    public static func shippedFiles(replacing name: String? = nil, with text: String? = nil) -> [DataFile] {
        var files = dataFiles(in: "Intents").filter { $0.path != "Intents/\(name ?? "")" }
        if let name, let text { files.append(DataFile(path: "Intents/\(name)", text: text)) }
        return files
    }

    public static func files(in directory: String) -> [String] {
        let folder = url(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(directory)/\($0)" }
    }
}
