// Plain wrappers around libedit for Swift: Swift cannot call C variadic functions (el_set, el_get,
// history) nor touch the C globals stdin/stdout/stderr in Swift 6 mode, so each call it needs is here.
#pragma once
#include <histedit.h>

// setlocale(LC_CTYPE, ""), so UTF-8 input edits per character.
void mlc_use_environment_locale(void);
// el_init with the process's stdin/stdout/stderr.
EditLine *mlc_init(const char *program);
// The prompt; '\1' marks the start and end of escape codes so libedit counts columns right.
void mlc_set_prompt(const char *text);
// Emacs keys, libedit's signal handling, Ctrl-C ends the read with the line discarded (see
// mlc_take_interrupt), Ctrl-R searches history, Tab calls `complete`; `client` is kept for it.
void mlc_configure(EditLine *el, History *h, unsigned char (*complete)(EditLine *, int), void *client);
// Before each el_gets: libedit learns the terminal's width now (it may have been resized while an
// answer was printed, when libedit does not watch), and a resize while editing redraws the line.
void mlc_prepare_read(EditLine *el);
// Ctrl-Z suspends the program like a shell job (the kiosk does not call this); after `fg` the line
// is drawn again.
void mlc_allow_suspend(EditLine *el);
// The `client` given to mlc_configure.
void *mlc_client(EditLine *el);
// 1 if Ctrl-C ended the last read, and clears it.
int mlc_take_interrupt(void);
History *mlc_history_init(int size);
void mlc_history_add(History *h, const char *line);
// Reads give up after `milliseconds` without a key (-1, the default: never); el_gets then returns
// no line and mlc_take_end_reason says 3 (a warning). The next read gives up after `after_warning`
// more without a key (reason 1); a key in between starts the wait over.
void mlc_set_idle_timeout(int milliseconds, int after_warning);
// Why the last el_gets returned no line: 0 Ctrl-D (or a key bound to end), 1 idle timeout, 2 the
// terminal was closed or failed, 3 idle for the first part of the timeout. Clears it.
int mlc_take_end_reason(void);
// The next reads take `text` as typed before the keyboard's keys (up to 1 KB waiting).
void mlc_type_ahead(const char *text);
// Forgets every entry (the kiosk's next visitor starts with none).
void mlc_history_clear(History *h);
// The demo reads single keys: the terminal without line mode and echo (signals still on). A stop
// signal (SIGTERM, SIGHUP) puts the mode back before the program ends. Returns 0 when it could.
int mlc_keys_begin(void);
// Puts the terminal back as mlc_keys_begin found it.
void mlc_keys_end(void);
