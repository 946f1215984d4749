import ArgumentParser
import Foundation

/// Where the REPL keeps its history.
struct HistoryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Keep history in this file (default: $XDG_STATE_HOME/mlcareers/history).", valueName: "path")
    )
    var historyFile: String?

    @Flag(name: .long, help: "Keep no history on disk.")
    var noHistory = false

    @Option(name: .long, help: ArgumentHelp("How many entries history keeps.", valueName: "n"))
    var historySize = 1000

    func validate() throws {
        guard (1...100_000).contains(historySize) else {
            throw ValidationError("--history-size must be from 1 to 100000.")
        }
        if noHistory, historyFile != nil {
            throw ValidationError("--no-history and --history-file cannot be used together.")
        }
    }

    struct Settings {
        let path: String?
        let capacity: Int
    }

    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) -> Settings {
        Settings(path: noHistory ? nil : historyFile ?? Self.defaultPath(environment), capacity: historySize)
    }

    static func defaultPath(_ environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/mlcareers/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/mlcareers/history"
    }
}
