import CEditLineShim

import CEditLineShim

/// Ctrl-C in the interactive shell: the handler (in the C shim, so it is async-signal-safe
/// whichever thread the kernel picks) records that it happened and wakes the line reader, which
/// drops the half-typed line; long operations poll `isPending` to stop.
public enum InterruptSignal {
  /// Installs the SIGINT handler. Only interactive sessions do this: elsewhere Ctrl-C ends the
  /// process as usual.
  public static func install() {
    _ = cel_install_interrupt_handler()
  }

  public static var isPending: Bool { cel_interrupt_pending() != 0 }

  /// Returns whether an interrupt was pending, and clears it.
  @discardableResult
  public static func consume() -> Bool { cel_take_interrupt() != 0 }

  /// Raise the flag as if Ctrl-C had been pressed (tests, and cancelling from other code paths).
  public static func raise() { cel_raise_interrupt() }
}
