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

    /// Writes a line on standard error; a closed stderr is ignored (FileHandle would trap on it).
    static func error(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
