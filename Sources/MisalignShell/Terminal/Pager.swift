#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Shows long output through the user's pager (`$MISALIGN_PAGER`, `$PAGER`, else `less -FRX`),
/// as git does: only on a terminal, with `LESS=FRX` when `LESS` is unset.
enum Pager {
  /// Returns false when the pager could not be started, so the caller prints instead.
  static func show(_ text: String, command: String) -> Bool {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

    var environment = ProcessInfo.processInfo.environment
    if environment["LESS"] == nil { environment["LESS"] = "FRX" }
    let argv = ["/bin/sh", "-c", command]
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var pid: pid_t = 0
    let argvPointers = cStrings(argv)
    let envPointers = cStrings(envp)
    defer { (argvPointers + envPointers).forEach { free($0) } }
    let status = posix_spawn(&pid, "/bin/sh", &actions, nil, argvPointers, envPointers)
    close(pipeEnds[0])
    guard status == 0 else {
      close(pipeEnds[1])
      return false
    }
    // The pager may quit before reading everything (q in less): ignore the broken pipe.
    signal(SIGPIPE, SIG_IGN)
    StandardStream.write(text, to: pipeEnds[1])
    close(pipeEnds[1])
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    InterruptSignal.consume()
    return true
  }

  /// NUL-terminated copies for exec, ending in a null pointer; the caller frees them.
  static func cStrings(_ strings: [String]) -> [UnsafeMutablePointer<CChar>?] {
    strings.map { strdup($0) } + [nil]
  }
}
