import CareerEngine

/// Makes text safe to print on a terminal: control characters and escape sequences are removed,
/// so pasted `\e]0;title\a` or `\e[2J` in a question or a rule file cannot change the terminal.
enum Screen {
    static func inert(_ text: String) -> String {
        ControlCharacters.removed(from: text, lineBreaks: .kept)
    }
}
