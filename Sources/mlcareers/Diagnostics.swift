import CareerEngine
import Foundation

/// Prints data diagnostics compiler-style on standard error.
enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic], files: [DataFile]) {
        let sources = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        for diagnostic in diagnostics {
            error(Screen.inert(diagnostic.rendered(source: sources[diagnostic.location.file])))
        }
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
