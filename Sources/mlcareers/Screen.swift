/// Makes text safe to print on a terminal: control characters and escape sequences are removed,
/// so pasted `\e]0;title\a` or `\e[2J` in a question or a rule file cannot change the terminal.
enum Screen {
    static func inert(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B: skipEscape(&scalars)
            case 0x9B: skipControlSequence(&scalars)
            case 0x0A, 0x09: output.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069: continue  // bidirectional overrides
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    /// Skips what follows ESC: a CSI (`[`...final byte), an OSC/DCS/APC/PM string up to BEL or ST, or one character.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "_", "^", "X": skipString(&scalars)
        default: return
        }
    }

    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if (0x40...0x7E).contains(scalar.value) { return }
        }
    }

    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        var previousWasEscape = false
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || (previousWasEscape && scalar == "\\") || scalar.value == 0x9C { return }
            previousWasEscape = scalar.value == 0x1B
        }
    }
}
