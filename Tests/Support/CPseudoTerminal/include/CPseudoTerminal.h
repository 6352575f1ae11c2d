#ifndef MISALIGN_CPSEUDOTERMINAL_H
#define MISALIGN_CPSEUDOTERMINAL_H
#include <sys/types.h>

/// Starts `path` with `argv`/`envp` on a new pseudo-terminal of `rows`×`cols`. Returns the child's
/// pid and stores the controlling side's descriptor in `*master`; -1 on failure (errno set).
/// fork and exec happen in C so the child runs nothing but async-signal-safe calls before exec.
pid_t misalign_pty_spawn(const char *path, char *const argv[], char *const envp[],
                         unsigned short rows, unsigned short cols, int *master);

#endif
