#include "CPseudoTerminal.h"
#include <pty.h>
#include <unistd.h>
#include <termios.h>

pid_t misalign_pty_spawn(const char *path, char *const argv[], char *const envp[],
                         unsigned short rows, unsigned short cols, int *master) {
  struct winsize size = {0};
  size.ws_row = rows;
  size.ws_col = cols;
  pid_t pid = forkpty(master, 0, 0, &size);
  if (pid == 0) {
    execve(path, argv, envp);
    _exit(127);
  }
  return pid;
}
