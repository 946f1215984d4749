import Foundation

/// Writes to stdout and notices a closed pipe (`mlcareers --json < q.txt | head -1`): the program then
/// stops quietly instead of writing into the void.
enum StandardOutput {
    struct Closed: Error {}

    /// Without this, a closed pipe kills the process with SIGPIPE (status 141, which `set -o pipefail`
    /// scripts see as a failure); with it, `write` throws `Closed` and the command ends with status 0.
    static func stopQuietlyOnClosedPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    static func write(_ text: String) throws {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Closed()
            }
            offset += written
        }
    }
}
