import Foundation
import PackagePlugin

/// Embeds the package's top-level `Intents/` folder and the transcripts of `Tests/Transcripts/` into the
/// target as Swift source, so the `mlcareers` binary carries its default rules and the tests of them
/// (`mlcareers test`) and works from any directory.
@main
struct EmbedIntents: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let intents = package.appending(path: "Intents")
        let transcripts = package.appending(path: "Tests/Transcripts")
        return [
            try embed(
                files(in: intents, ending: "yaml", recursive: false), from: intents, folders: [intents],
                as: "EmbeddedIntents", prefix: "", context: context),
            try embed(
                files(in: transcripts, ending: "txt", recursive: true), from: transcripts,
                folders: folders(in: transcripts), as: "EmbeddedTranscripts", prefix: "Tests/Transcripts/",
                context: context),
        ]
    }

    /// A command writing `NAME.swift`, whose `NAME.files` holds each file's path (below `root`, after
    /// `prefix`) and text. The folders are inputs too, so a file added or removed rebuilds.
    private func embed(
        _ files: [URL], from root: URL, folders: [URL], as name: String, prefix: String,
        context: PluginContext
    ) throws -> Command {
        let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
        return .buildCommand(
            displayName: "Embedding \(prefix.isEmpty ? root.lastPathComponent + "/" : prefix) (\(files.count) files)",
            executable: try context.tool(named: "EmbedIntentsTool").url,
            arguments: [output.path, name, root.path, prefix] + files.map(\.path),
            inputFiles: files + folders,
            outputFiles: [output]
        )
    }

    private func files(in folder: URL, ending suffix: String, recursive: Bool) throws -> [URL] {
        let found: [URL] =
            recursive
            ? (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
                ?? [])
            : try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        return found.filter { $0.pathExtension == suffix }.sorted { $0.path < $1.path }
    }

    private func folders(in folder: URL) -> [URL] {
        let found =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])?.compactMap {
                $0 as? URL
            } ?? []
        return [folder] + found.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
    }
}
