import Foundation
import PackagePlugin

/// Embeds the package's top-level `Intents/` folder into the target as Swift source,
/// so the `mlcareers` binary carries its default rules and works from any directory.
@main
struct EmbedIntents: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let intents = context.package.directoryURL.appending(path: "Intents")
        let files = try FileManager.default
            .contentsOfDirectory(at: intents, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
        return [
            .buildCommand(
                displayName: "Embedding Intents/ (\(files.count) files)",
                executable: try context.tool(named: "EmbedIntentsTool").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files + [intents],
                outputFiles: [output]
            )
        ]
    }
}
