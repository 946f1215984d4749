#define _GNU_SOURCE
#include "pseudo_terminal.h"
#include <pty.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

pid_t mlc_pty_spawn(const char *path, char *const argv[], char *const envp[], int rows, int columns, int *master) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        // Start like a program launched from a shell: the test runner's threads block signals and
        // its parent may ignore SIGINT, and both would be inherited through exec.
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int signo = 1; signo < NSIG; signo++) signal(signo, SIG_DFL);
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int mlc_pty_is_raw(int master) {
    struct termios mode;
    if (tcgetattr(master, &mode) != 0) return 0;
    return (mode.c_lflag & ICANON) == 0;
}

