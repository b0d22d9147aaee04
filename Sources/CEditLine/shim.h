// Inline wrappers around libedit for Swift.
//
// Why this file exists:
// - el_wset / el_wget / history_w are C variadic functions; Swift cannot call
//   them, so each operation jx needs gets a fixed-signature wrapper.
// - The stdio globals stdin/stdout/stderr are mutable C globals that Swift 6
//   strict concurrency rejects, so el_init is wrapped here.
// - wcwidth is hidden by glibc's feature macros in Swift's Glibc module.
// Everything is `static inline` so no separate C target is needed.
#ifndef JX_CEDITLINE_SHIM_H
#define JX_CEDITLINE_SHIM_H

#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

// MARK: - Editor

/// el_init bound to the process's stdin/stdout/stderr.
static inline EditLine *jx_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/// Sets the prompt callback (wide-character variant).
static inline int jx_el_set_prompt(EditLine *el, wchar_t *(*fn)(EditLine *)) {
    return el_wset(el, EL_PROMPT, fn);
}

/// Selects the key map: L"emacs" or L"vi".
static inline int jx_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}

/// Lets libedit install its own signal handlers while editing (0 = off).
static inline int jx_el_set_signal(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}

/// Connects a wide history so that arrow keys / ^P ^N browse it.
static inline int jx_el_set_history(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

/// Overrides one termcap capability (e.g. L"dc"); an empty value disables it.
static inline int jx_el_settc(EditLine *el, const wchar_t *cap, const wchar_t *value) {
    return el_wset(el, EL_SETTC, cap, value, (const wchar_t *)NULL);
}

/// Replaces the function libedit uses to read one character.
static inline int jx_el_set_getcfn(EditLine *el, el_rfunc_t fn) {
    return el_wset(el, EL_GETCFN, fn);
}

/// Opaque pointer libedit hands back to callbacks (we store the Swift reader).
static inline int jx_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *jx_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_wget(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Registers a named editor function (e.g. the completer).
static inline int jx_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help,
                              unsigned char (*fn)(EditLine *, int)) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}

/// Binds a key sequence (e.g. L"^I") to a named editor function.
static inline int jx_el_bind(EditLine *el, const wchar_t *key, const wchar_t *fn) {
    return el_wset(el, EL_BIND, key, fn, (const wchar_t *)NULL);
}

/// Terminal width in columns (termcap "co"); 80 if unknown.
static inline int jx_el_columns(EditLine *el) {
    int cols = 0;
    if (el_wget(el, EL_GETTC, "co", &cols, (void *)NULL) != 0 || cols <= 0) return 80;
    return cols;
}

/// Writes UTF-8 text to the editor's output stream and flushes it, so that
/// output from a key-bound function is ordered with libedit's own drawing.
static inline void jx_el_write(EditLine *el, const char *utf8) {
    FILE *out = NULL;
    if (el_wget(el, EL_GETFP, 1, &out) != 0 || out == NULL) out = stdout;
    fputs(utf8, out);
    fflush(out);
}

// MARK: - History (wide)

static inline int jx_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

/// Drop an entry equal to the previous one.
static inline int jx_history_setunique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int jx_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

/// Returns the number of entries read, or -1.
static inline int jx_history_load(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_LOAD, path);
}

/// Returns the number of entries written, or -1.
static inline int jx_history_save(HistoryW *h, const char *path) {
    HistEventW ev;
    return history_w(h, &ev, H_SAVE, path);
}

// MARK: - Ctrl-C

static inline void jx_sigint_noop(int signo) { (void)signo; }

/// Installs a do-nothing SIGINT handler WITHOUT SA_RESTART, so Ctrl-C makes
/// the blocking read() inside el_wgets fail with EINTR instead of killing the
/// process. The previous disposition is stored in *previous.
static inline int jx_sigint_install(struct sigaction *previous) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = jx_sigint_noop;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, previous);
}

static inline int jx_sigint_restore(const struct sigaction *previous) {
    return sigaction(SIGINT, previous, NULL);
}

// MARK: - Misc

/// Display width of a character (2 for CJK); glibc hides wcwidth from Swift.
static inline int jx_wcwidth(wchar_t c) {
    extern int wcwidth(wchar_t);
    return wcwidth(c);
}

#endif
