// Test helper: start a program on a new pseudo-terminal. Glibc as imported into Swift hides the
// pty functions, and fork must not run Swift code in the child, so both happen here in C.
#pragma once
#include <sys/types.h>

// Starts `path` with `argv` and `envp` on a new pseudo-terminal of `rows` x `columns`.
// Returns the child's pid and stores the terminal's master side in `*master`; -1 on failure.
pid_t mlc_pty_spawn(const char *path, char *const argv[], char *const envp[], int rows, int columns, int *master);

// 1 when the terminal behind `master` has canonical input turned off (the program is reading keys raw).
int mlc_pty_is_raw(int master);

// Runs `path` with `argv`, its output into the file `output`, stdin and stderr on /dev/null and no
// other descriptor inherited, and waits for it; returns its exit status (128 + signal), -1 on failure.
// For tmux, whose server would otherwise keep the caller's pipes and terminals open.
int mlc_run(const char *path, char *const argv[], const char *output);
