import Foundation

/// Notices Ctrl-C (SIGINT) while reading piped input, so the session can flush what it answered and
/// exit 130. The handler only sets a flag; without SA_RESTART the blocked read returns at once.
enum Interrupts {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var received: Bool { flag != 0 }

    /// Forgets an interrupt already handled (the demo hands over to the chat after Ctrl-C).
    static func clear() { flag = 0 }

    /// Kiosk: the keys a visitor may hit (Ctrl-C, Ctrl-\, Ctrl-Z) must not end or stop the program.
    /// While a line is edited they are plain keys anyway; this covers the moments in between.
    static func ignoreKeyboardSignals() {
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
    }

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
