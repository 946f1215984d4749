// Plain wrappers around libedit for Swift: Swift cannot call C variadic functions (el_set, el_get,
// history) nor touch the C globals stdin/stdout/stderr in Swift 6 mode, so each call it needs is here.
#include <stdio.h>
#include <string.h>
#include <locale.h>
#include "line_editing.h"

// The prompt libedit shows; set with mlc_set_prompt. '\1' marks the start and end of escape codes.
static char mlc_prompt_text_storage[256];
// Set by the Ctrl-C binding, read and cleared by Swift after el_gets returns.
static volatile int mlc_interrupted;
// Swift's completion function, called on Tab.
static unsigned char (*mlc_complete_function)(EditLine *, int);

static char *mlc_prompt(EditLine *el) { (void)el; return mlc_prompt_text_storage; }

static unsigned char mlc_on_interrupt(EditLine *el, int ch) {
    (void)el; (void)ch;
    mlc_interrupted = 1;
    return CC_NEWLINE;  // end el_gets now; Swift discards the line
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

