// Plain wrappers around libedit for Swift: Swift cannot call C variadic functions (el_set, el_get,
// history) nor touch the C globals stdin/stdout/stderr in Swift 6 mode, so each call it needs is here.
// wcswidth is an X/Open function: glibc declares it only when asked.
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <termios.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>
#include "line_editing.h"

// The prompt libedit shows; set with mlc_set_prompt. '\1' marks the start and end of escape codes.
static char mlc_prompt_text_storage[256];
// Set by the Ctrl-C binding, read and cleared by Swift after el_gets returns.
static volatile int mlc_interrupted;
// Swift's completion function, called on Tab.
static unsigned char (*mlc_complete_function)(EditLine *, int);

static char *mlc_prompt(EditLine *el) { (void)el; return mlc_prompt_text_storage; }

// Milliseconds without a key before a read gives up with a warning (-1: wait forever), and then
// before it gives up for good; see mlc_set_idle_timeout. A key in between starts the wait afresh.
static int mlc_idle_milliseconds = -1;
static int mlc_after_warning_milliseconds = -1;
static int mlc_warned;
// Why the last read ended without a line: 1 idle timeout, 2 the terminal closed, 3 idle warning.
// Read by mlc_take_end_reason.
static volatile int mlc_end_reason;
// Bytes to read before the keyboard's (mlc_type_ahead): a half-typed line given back, a key pressed elsewhere.
static char mlc_typed_ahead[1024];
static size_t mlc_typed_ahead_start, mlc_typed_ahead_end;

// The terminal's width when the line was last drawn: a change means the window was resized.
static int mlc_columns;

static int mlc_terminal_columns(void) {
    struct winsize size;
    return ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
}

// Columns the prompt takes on the screen: its characters outside the '\1' escape-code markers.
static int mlc_prompt_width(void) {
    int width = 0, hidden = 0;
    for (const unsigned char *c = (const unsigned char *)mlc_prompt_text_storage; *c; c++) {
        if (*c == 1) hidden = !hidden;
        else if (!hidden && (*c & 0xC0) != 0x80) width++;
    }
    return width;
}

// After a resize the terminal has reflowed a wrapped line (tmux, most terminals), while libedit
// assumes the cursor is where the line starts: the cursor goes up to the line's first row, what is
// below is cleared, and libedit draws prompt and line anew there. Otherwise the answer would start
// inside the wrapped line.
static void mlc_redraw_after_resize(EditLine *el) {
    int columns = mlc_terminal_columns();
    if (columns <= 0 || columns == mlc_columns) return;
    mlc_columns = columns;
    el_resize(el);
    const LineInfoW *line = el_wline(el);
    int typed = wcswidth(line->buffer, (size_t)(line->cursor - line->buffer));
    if (typed < 0) typed = (int)(line->cursor - line->buffer);
    int rows = (mlc_prompt_width() + typed) / columns;
    if (rows > 0) printf("\r\033[%dA\033[J", rows);
    else printf("\r\033[J");
    fflush(stdout);
    el_set(el, EL_REFRESH);
}

// The next typed-ahead byte, or the keyboard's: 1, or 0 at an idle timeout or the terminal's end
// (mlc_end_reason says which), -1 on a read error.
static int mlc_read_byte(EditLine *el, char *byte) {
    if (mlc_typed_ahead_start < mlc_typed_ahead_end) {
        *byte = mlc_typed_ahead[mlc_typed_ahead_start++];
        return 1;
    }
    for (;;) {
        int wait = mlc_warned ? mlc_after_warning_milliseconds : mlc_idle_milliseconds;
        if (wait >= 0) {
            struct pollfd descriptor = { .fd = STDIN_FILENO, .events = POLLIN };
            int ready = poll(&descriptor, 1, wait);
            if (ready == 0) {
                mlc_end_reason = mlc_warned ? 1 : 3;
                mlc_warned = 1;
                return 0;
            }
            if (ready < 0 && errno == EINTR) {
                mlc_redraw_after_resize(el);
                continue;
            }
        }
        ssize_t got = read(STDIN_FILENO, byte, 1);
        mlc_redraw_after_resize(el);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) { mlc_end_reason = 2; return got == 0 ? 0 : -1; }
        mlc_warned = 0;
        return 1;
    }
}

// Reads one character for libedit, like its own reader (UTF-8 by the locale), but gives up after the
// idle timeout and tells a closed terminal apart from Ctrl-D (both make el_gets return no line).
static int mlc_read_char(EditLine *el, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        int got = mlc_read_byte(el, &bytes[count]);
        if (got <= 0) return got;
        count++;
        wchar_t character;
        size_t used = mbrtowc(&character, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue;  // more bytes of the same character
        if (used == (size_t)-1 || used == (size_t)-2) character = 0xFFFD;  // not valid in this locale
        *out = character;
        return 1;
    }
}

static unsigned char mlc_on_interrupt(EditLine *el, int ch) {
    (void)el; (void)ch;
    mlc_interrupted = 1;
    return CC_NEWLINE;  // end el_gets now; Swift discards the line
}

// Ctrl-Z: the terminal's signal characters are off while editing, so the key comes here. Raising
// SIGTSTP goes through libedit's handler (EL_SIGNAL), which gives the terminal back and stops the
// program; on SIGCONT (`fg`) it takes the terminal again, and the line is drawn anew on its own row.
static unsigned char mlc_on_suspend(EditLine *el, int ch) {
    (void)el; (void)ch;
    fputs("\n", stdout);
    fflush(stdout);
    raise(SIGTSTP);
    return CC_REDISPLAY;
}

static unsigned char mlc_on_tab(EditLine *el, int ch) {
    return mlc_complete_function ? mlc_complete_function(el, ch) : CC_ERROR;
}

// setlocale with the environment's locale, so UTF-8 input edits per character.
void mlc_use_environment_locale(void) { setlocale(LC_CTYPE, ""); }

// el_init with the process's stdin/stdout/stderr (Swift 6 may not read those C globals).
EditLine *mlc_init(const char *program) { return el_init(program, stdin, stdout, stderr); }

void mlc_set_prompt(const char *text) {
    strncpy(mlc_prompt_text_storage, text, sizeof mlc_prompt_text_storage - 1);
    mlc_prompt_text_storage[sizeof mlc_prompt_text_storage - 1] = 0;
}

// Emacs bindings, a prompt with escape-code markers, libedit's own signal handling (resize, restore
// the terminal on SIGTERM), Ctrl-C clearing the line instead of killing, Ctrl-R searching history, Tab completing.
void mlc_configure(EditLine *el, History *h,
                                 unsigned char (*complete)(EditLine *, int), void *client) {
    mlc_complete_function = complete;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT_ESC, mlc_prompt, '\1');
    el_set(el, EL_HIST, history, h);
    el_set(el, EL_CLIENTDATA, client);
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "mlc-interrupt", "Clear the line", mlc_on_interrupt);
    el_set(el, EL_BIND, "^C", "mlc-interrupt", NULL);
    el_set(el, EL_ADDFN, "mlc-complete", "Complete a word", mlc_on_tab);
    el_set(el, EL_BIND, "^I", "mlc-complete", NULL);
    el_set(el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(el, EL_GETCFN, mlc_read_char);
}

void mlc_prepare_read(EditLine *el) {
    el_resize(el);
    mlc_columns = mlc_terminal_columns();
}

void mlc_allow_suspend(EditLine *el) {
    el_set(el, EL_ADDFN, "mlc-suspend", "Suspend the program", mlc_on_suspend);
    el_set(el, EL_BIND, "^Z", "mlc-suspend", NULL);
}

void mlc_set_idle_timeout(int milliseconds, int after_warning) {
    mlc_idle_milliseconds = milliseconds;
    mlc_after_warning_milliseconds = after_warning;
    mlc_warned = 0;
}

void mlc_type_ahead(const char *text) {
    size_t length = strlen(text);
    if (mlc_typed_ahead_start == mlc_typed_ahead_end) mlc_typed_ahead_start = mlc_typed_ahead_end = 0;
    if (length > sizeof mlc_typed_ahead - mlc_typed_ahead_end) length = sizeof mlc_typed_ahead - mlc_typed_ahead_end;
    memcpy(mlc_typed_ahead + mlc_typed_ahead_end, text, length);
    mlc_typed_ahead_end += length;
}

int mlc_take_end_reason(void) {
    int reason = mlc_end_reason;
    mlc_end_reason = 0;
    return reason;
}

void mlc_history_clear(History *h) {
    HistEvent event;
    history(h, &event, H_CLEAR);
}

void *mlc_client(EditLine *el) {
    void *client = NULL;
    el_get(el, EL_CLIENTDATA, &client);
    return client;
}

int mlc_take_interrupt(void) {
    int was = mlc_interrupted;
    mlc_interrupted = 0;
    return was;
}

History *mlc_history_init(int size) {
    History *h = history_init();
    HistEvent event;
    history(h, &event, H_SETSIZE, size);
    history(h, &event, H_SETUNIQUE, 1);
    return h;
}

void mlc_history_add(History *h, const char *line) {
    HistEvent event;
    history(h, &event, H_ENTER, line);
}


// The terminal mode before mlc_keys_begin, put back by mlc_keys_end or by a stop signal.
static struct termios mlc_keys_saved;
static volatile sig_atomic_t mlc_keys_active;

static void mlc_keys_restore_and_stop(int signal_number) {
    if (mlc_keys_active) tcsetattr(STDIN_FILENO, TCSANOW, &mlc_keys_saved);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

int mlc_keys_begin(void) {
    struct termios mode;
    if (tcgetattr(STDIN_FILENO, &mode) != 0) return -1;
    mlc_keys_saved = mode;
    mlc_keys_active = 1;
    signal(SIGTERM, mlc_keys_restore_and_stop);
    signal(SIGHUP, mlc_keys_restore_and_stop);
    mode.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
    if (tcsetattr(STDIN_FILENO, TCSANOW, &mode) == 0) return 0;
    mlc_keys_end();
    return -1;
}

void mlc_keys_end(void) {
    if (!mlc_keys_active) return;
    tcsetattr(STDIN_FILENO, TCSANOW, &mlc_keys_saved);
    mlc_keys_active = 0;
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
}
