#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the learner's editor on a file, on the terminal, and waits for it.
enum Editor {
  /// The editor's exit status (127 when it could not be started). `command` is run by the shell, so
  /// `EDITOR="code --wait"` works; the path is passed as `$1`, never spliced into the command.
  static func run(_ command: String, path: String) -> Int32 {
    let argv = Pager.cStrings(["/bin/sh", "-c", command + " \"$1\"", "misalign-editor", path])
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return 127 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    InterruptSignal.consume()
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
