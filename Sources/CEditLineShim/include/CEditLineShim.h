// Non-variadic wrappers over libedit's native API, and Ctrl-C handling. Swift cannot call C
// variadic functions (el_set, el_get, history), and Swift 6 rejects direct use of C's mutable
// globals such as stdin/stdout/stderr. The state for Ctrl-C lives in one C file, not in a
// header, so every Swift file sees the same flag and pipe.
#ifndef MISALIGN_CEDITLINESHIM_H
#define MISALIGN_CEDITLINESHIM_H

#include <histedit.h>
#include <wchar.h>

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);

EditLine *cel_init(const char *program);
int cel_set_prompt(EditLine *el, cel_prompt_fn fn);
int cel_set_editor(EditLine *el, const char *mode);
int cel_set_signal(EditLine *el, int on);
int cel_set_history(EditLine *el, History *h);
int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn);
int cel_bind(EditLine *el, const char *key, const char *function);
int cel_set_client_data(EditLine *el, void *data);
void *cel_client_data(EditLine *el);
int cel_install_interrupt_handler(void);
int cel_interrupt_pending(void);
void cel_raise_interrupt(void);
int cel_take_interrupt(void);
int cel_read_char(EditLine *el, wchar_t *out);
int cel_use_interruptible_reader(EditLine *el);
History *cel_history_init(void);
void cel_history_end(History *h);
int cel_history_set_size(History *h, int size);
int cel_history_set_unique(History *h, int unique);
int cel_history_enter(History *h, const char *line);
int cel_history_load(History *h, const char *path);
int cel_history_save(History *h, const char *path);
int cel_history_length(History *h);

#endif
