/// Removes what a terminal would act on instead of showing: escape sequences (`\e[2J`, `\e]0;title\a`),
/// C0 and C1 control characters, and bidirectional overrides. Questions are cleaned with it before they
/// are read or echoed, and the command line cleans everything it prints with it.
public enum ControlCharacters {
    public enum LineBreaks: Sendable {
        /// Line feeds and tabs stay (text to print).
        case kept
        /// Line feeds, carriage returns and tabs become spaces (one line of input).
        case spaced
    }

    public static func removed(from text: String, lineBreaks: LineBreaks) -> String {
        // Text with nothing to remove or replace (most answers: line breaks and tabs kept) is returned as it is.
        let keeps = lineBreaks == .kept
        guard text.unicodeScalars.contains(where: { isSpecial($0) && !(keeps && (0x09...0x0A).contains($0.value)) })
        else { return text }
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B: skipEscape(&scalars)
            case 0x9B: skipControlSequence(&scalars)
            case 0x0A, 0x09: output.append(lineBreaks == .kept ? scalar : " ")
            case 0x0D where lineBreaks == .spaced: output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: continue
            case 0x202A...0x202E, 0x2066...0x2069: continue  // bidirectional overrides and isolates
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    private static func isSpecial(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
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
