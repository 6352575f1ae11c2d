import MisalignCore
import MisalignLive

/// What live mode remembers during a session: the settings, whether the judge runs, and the
/// replies it got, so `show` and `save` can reach them.
@MainActor
public final class LiveState {
  private var loaded: LiveSettings?
  public var judge = false
  /// The reply `save` writes: the last one asked for, or the last live reply shown.
  public var current: (id: String, reply: LiveReply, prompt: Prompt)?
  /// Live replies by id (`ask-1`, `live-1`…), as unsaved recorded transcripts for `show`.
  public private(set) var transcripts: [String: Transcript] = [:]
  public private(set) var replies: [String: (reply: LiveReply, prompt: Prompt)] = [:]
  private var askCount = 0

  /// The settings, read from the config file and environment on first use.
  public func settings(environment: [String: String]) throws -> LiveSettings {
    if let loaded { return loaded }
    do {
      let settings = try LiveSettings.load(environment: environment)
      loaded = settings
      return settings
    } catch {
      throw ShellError.failed(String(describing: error))
    }
  }

  public func update(environment: [String: String], _ change: (inout LiveSettings) throws -> Void) throws {
    var settings = try settings(environment: environment)
    try change(&settings)
    loaded = settings
  }

  public func nextAskID() -> String {
    askCount += 1
    return "ask-\(askCount)"
  }

  /// Keeps a live reply under `id`; returns its transcript for `show` when it reads back.
  @discardableResult
  public func remember(_ reply: LiveReply, prompt: Prompt, id: String) -> Transcript? {
    replies[id] = (reply, prompt)
    guard let transcript = try? TranscriptSaver.transcript(of: reply, prompt: prompt, id: id) else { return nil }
    transcripts[id] = transcript
    return transcript
  }

  public func forgetSample() {
    for id in replies.keys where id.hasPrefix("live-") {
      replies[id] = nil
      transcripts[id] = nil
    }
  }
}
