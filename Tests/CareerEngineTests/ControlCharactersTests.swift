import CareerEngine
import Testing

/// Text with nothing to remove comes back as it is; everything else is cleaned as before.
@Suite struct ControlCharactersTests {
    @Test func lineBreaksAndTabsAreKeptOrSpaced() {
        #expect(ControlCharacters.removed(from: "a\nb\tc", lineBreaks: .kept) == "a\nb\tc")
        #expect(ControlCharacters.removed(from: "a\nb\tc\rd", lineBreaks: .spaced) == "a b c d")
        #expect(ControlCharacters.removed(from: "a\r\nb", lineBreaks: .kept) == "a\nb")
        #expect(ControlCharacters.removed(from: "plain — text", lineBreaks: .kept) == "plain — text")
    }

    @Test func escapesAndOverridesAreRemoved() {
        #expect(ControlCharacters.removed(from: "a\u{1B}[2Jb\n", lineBreaks: .kept) == "ab\n")
        #expect(ControlCharacters.removed(from: "x\u{202E}y\u{7}", lineBreaks: .kept) == "xy")
    }
}
