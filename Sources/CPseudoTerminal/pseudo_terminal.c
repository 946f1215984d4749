#define _GNU_SOURCE
#include "pseudo_terminal.h"
#include <pty.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/wait.h>

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


int mlc_run(const char *path, char *const argv[], const char *output) {
    pid_t pid = fork();
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        int out = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(null, STDIN_FILENO);
        dup2(out < 0 ? null : out, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        // No descriptor of the test runner (another test's terminal) may live on in a daemon.
        for (int descriptor = 3; descriptor < 4096; descriptor++) close(descriptor);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execv(path, argv);
        _exit(127);
    }
    if (pid < 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
