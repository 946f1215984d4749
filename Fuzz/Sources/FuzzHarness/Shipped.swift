import CareerEngine
import Foundation

extension FuzzHarness {
    /// The repository's `Intents/`, found from this file's path (Fuzz/Sources/FuzzHarness/Shipped.swift).
    public static let shippedFiles: [DataFile] = dataFiles(
        in: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Intents"))

    /// The shipped assistant, loaded once.
    public static let shipped: Assistant = assistant(shippedFiles)
}
