#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import MisalignLive
import Synchronization

/// A one-line progress bar on standard error, redrawn in place; silent when standard error is not
/// a terminal. Called from whichever task reports progress, so it keeps its own lock.
final class ProgressBar: Sendable {
  private let enabled: Bool
  private let plain: Bool
  private let drawn = Mutex(false)

  init(enabled: Bool, plain: Bool) {
    self.enabled = enabled
    self.plain = plain
  }

  func draw(_ progress: SampleProgress) {
    guard enabled else { return }
    let width = 24
    let filled = progress.total == 0 ? width : progress.done * width / progress.total
    let bar = plain ? "" : "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
    var text = "\(bar)\(progress.done)/\(progress.total) done"
    if progress.failed > 0 { text += ", \(progress.failed) failed" }
    if progress.inFlight > 0 { text += ", \(progress.inFlight) running" }
    if progress.retries > 0 { text += ", \(progress.retries) retried" }
    if let remaining = progress.estimatedRemaining { text += " · about \(remaining.components.seconds) s left" }
    drawn.withLock { drawn in
      StandardStream.write("\r\u{1B}[2K" + text, to: 2)
      drawn = true
    }
  }

  func finish() {
    drawn.withLock { drawn in
      if drawn { StandardStream.write("\r\u{1B}[2K", to: 2) }
      drawn = false
    }
  }
}
