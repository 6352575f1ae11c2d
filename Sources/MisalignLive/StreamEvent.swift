/// What a streaming request delivers, in order: `started`, any number of `text` and `thinking`, then `finished`.
public enum StreamEvent: Sendable, Equatable {
  /// The server accepted the request; the model id is the server's own when it already said it.
  case started(modelID: String?)
  /// A piece of the visible reply, raw; show `TerminalText.neutralise(text)`.
  case text(String)
  /// A piece of extended thinking, raw.
  case thinking(String)
  /// The whole reply with its metadata.
  case finished(LiveReply)
}
