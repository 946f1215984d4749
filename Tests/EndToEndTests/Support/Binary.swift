import Foundation

/// The built `mlcareers`, run as a user would, with its output and exit status.
enum Binary {
    /// `mlcareers` sits next to the test bundle in the build folder.
    static let url: URL = {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appending(path: "mlcareers").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appending(path: "mlcareers")
    }()

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    /// Runs the binary (or `executable`) with `arguments`, feeding `input` on stdin (closed at its end).
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
        directory: URL? = nil, executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        // Input and errors go through files: no threads, and a closed stdin at the input's end.
        let scratch = FileManager.default.temporaryDirectory.appending(path: "mlcareers-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inputFile = scratch.appending(path: "stdin")
        let errorFile = scratch.appending(path: "stderr")
        try input.write(to: inputFile)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
            stderr: String(decoding: errors, as: UTF8.self), stdoutBytes: output)
    }

    static func run(_ arguments: [String], lines: [String], environment: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Data(lines.map { $0 + "\n" }.joined().utf8), environment: environment)
    }

    /// Each line of output parsed as a JSON object.
    static func objects(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
