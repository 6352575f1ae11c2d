// Non-variadic wrappers over libedit's native API. Swift cannot call C variadic functions
// (el_set, el_get, history), and Swift 6 rejects direct use of C's mutable globals such as
// stdin/stdout/stderr, so each call the shell needs gets one small inline function here.
#ifndef MISALIGN_CEDITLINE_SHIM_H
#define MISALIGN_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

static inline EditLine *cel_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

static inline FILE *cel_stdout(void) { return stdout; }

/// The prompt callback; `delimiter` brackets non-printing runs (colour escapes) so the cursor
/// arithmetic ignores them.
static inline int cel_set_prompt(EditLine *el, cel_prompt_fn fn, char delimiter) {
  return el_set(el, EL_PROMPT_ESC, fn, delimiter);
}

static inline int cel_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

/// Lets libedit restore the terminal around signals (Ctrl-C, window resize).
static inline int cel_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

static inline int cel_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

static inline int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

static inline int cel_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, (const char *)0);
}

static inline int cel_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

static inline void *cel_client_data(EditLine *el) {
  void *data = 0;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

static inline History *cel_history_init(void) { return history_init(); }
static inline void cel_history_end(History *h) { history_end(h); }

static inline int cel_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}

static inline int cel_history_set_unique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int cel_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

static inline int cel_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

static inline int cel_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

/// Number of entries currently held.
static inline int cel_history_length(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) < 0) return 0;
  return ev.num;
}

#endif
