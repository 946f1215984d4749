import Testing

@testable import CareerEngine

/// The start of a line gets a capital first letter; nothing else of the text changes.
@Suite struct CapitalizedFirstTests {
    @Test(arguments: [
        ("data scientist", "Data scientist"), ("Data scientist", "Data scientist"), ("mLOps", "MLOps"),
        ("a", "A"), ("", ""), ("1 role", "1 role"), ("élan", "Élan"), ("\u{0131}x", "Ix"),
        ("e\u{301}cole", "E\u{301}cole"), ("ßtraße", "SStraße"),
    ])
    func firstLetterOnly(_ text: String, _ expected: String) {
        #expect(text.capitalizedFirst == expected)
        #expect(Array(text.capitalizedFirst.unicodeScalars) == Array(expected.unicodeScalars), "\(text)")
    }
}
