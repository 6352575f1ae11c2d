// See CEditLineShim.h for why these wrappers exist.
#define _GNU_SOURCE

#include "CEditLineShim.h"
#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <signal.h>
#include <poll.h>
#include <fcntl.h>


EditLine *cel_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}


int cel_set_prompt(EditLine *el, cel_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}

int cel_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

/// Lets libedit restore the terminal around signals (Ctrl-C, window resize).
int cel_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}

int cel_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

int cel_add_function(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

int cel_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, (const char *)0);
}

int cel_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

void *cel_client_data(EditLine *el) {
  void *data = 0;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}

// Ctrl-C. Swift's runtime runs other threads, and the kernel may deliver SIGINT to any of them,
// so an interrupted read() on the main thread cannot be relied on. The handler instead sets a
// flag and writes a byte to a pipe that the reader below polls beside standard input.
static int cel_wake_pipe[2] = {-1, -1};
static volatile sig_atomic_t cel_interrupt_flag = 0;

static void cel_on_sigint(int signal_number) {
  (void)signal_number;
  int saved = errno;
  cel_interrupt_flag = 1;
  if (cel_wake_pipe[1] >= 0) (void)!write(cel_wake_pipe[1], "!", 1);
  errno = saved;
}

/// Installs the SIGINT handler (no SA_RESTART) and its wake-up pipe. Returns 0 on success.
int cel_install_interrupt_handler(void) {
  if (cel_wake_pipe[0] < 0 && pipe2(cel_wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cel_on_sigint;
  sigemptyset(&action.sa_mask);
  return sigaction(SIGINT, &action, 0);
}

int cel_interrupt_pending(void) { return cel_interrupt_flag != 0; }

void cel_raise_interrupt(void) { cel_on_sigint(SIGINT); }

/// Clears the flag and empties the pipe; returns whether an interrupt was pending.
int cel_take_interrupt(void) {
  int was = cel_interrupt_flag != 0;
  cel_interrupt_flag = 0;
  char sink[64];
  if (cel_wake_pipe[0] >= 0) while (read(cel_wake_pipe[0], sink, sizeof sink) > 0) {}
  return was;
}

/// Reads one character for libedit from standard input. libedit's own reader retries a read
/// interrupted by a signal, so Ctrl-C would not end the line until the next key; this one
/// returns -1 with errno EINTR as soon as Ctrl-C is pressed, and el_gets then returns NULL.
int cel_read_char(EditLine *el, wchar_t *out) {
  (void)el;
  mbstate_t state;
  memset(&state, 0, sizeof state);
  for (;;) {
    struct pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {cel_wake_pipe[0], POLLIN, 0}};
    int ready = poll(fds, cel_wake_pipe[0] >= 0 ? 2 : 1, -1);
    if (ready < 0 && errno != EINTR) return -1;
    if (cel_interrupt_flag || (ready > 0 && (fds[1].revents & POLLIN))) {
      errno = EINTR;
      return -1;
    }
    if (ready <= 0) continue;
    char byte;
    ssize_t count = read(STDIN_FILENO, &byte, 1);
    if (count == 0) return 0;
    if (count < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return -1;
    }
    size_t used = mbrtowc(out, &byte, 1, &state);
    if (used == (size_t)-2) continue;
    if (used == (size_t)-1) {
      // An invalid byte: show U+FFFD rather than corrupt the line or stop reading.
      memset(&state, 0, sizeof state);
      *out = 0xFFFD;
    }
    return 1;
  }
}

int cel_use_interruptible_reader(EditLine *el) {
  return el_set(el, EL_GETCFN, cel_read_char);
}

History *cel_history_init(void) { return history_init(); }
void cel_history_end(History *h) { history_end(h); }

int cel_history_set_size(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}

int cel_history_set_unique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}

int cel_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}

int cel_history_load(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_LOAD, path);
}

int cel_history_save(History *h, const char *path) {
  HistEvent ev;
  return history(h, &ev, H_SAVE, path);
}

/// Number of entries currently held.
int cel_history_length(History *h) {
  HistEvent ev;
  if (history(h, &ev, H_GETSIZE) < 0) return 0;
  return ev.num;
}

