/// What a command said: shown as text at the prompt and in scripts, as `{"command":...}` in JSON.
struct CommandOutput {
    /// Why a command did nothing; JSON's `error`.
    enum Problem: String {
        case unknownCommand = "unknown-command"
        case needsTerminal = "needs-terminal"
        case notReloaded = "not-reloaded"
    }

    /// The command without its colon ("why"); an unknown one as typed.
    let name: String
    let text: String
    var problem: Problem?
}
