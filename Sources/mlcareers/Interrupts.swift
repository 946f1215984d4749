import Foundation

/// Notices Ctrl-C (SIGINT) while reading piped input, so the session can flush what it answered and
/// exit 130. The handler only sets a flag; without SA_RESTART the blocked read returns at once.
enum Interrupts {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var received: Bool { flag != 0 }

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupts.flag = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A launcher may have started us with SIGINT blocked (a thread's mask is inherited through exec).
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }
}
