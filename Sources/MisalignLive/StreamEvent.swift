/// What a streaming request delivers, in order: `started`, then `model`, `text` and `thinking` as they come,
/// then `finished`; or the stream throws a `LiveError`.
public enum StreamEvent: Sendable, Equatable {
  /// The server accepted the request (a 2xx head arrived); the reply is on its way.
  case started
  /// The model id as the server reported it (at most once).
  case model(String)
  /// A piece of the visible reply, raw; show `TerminalText.neutralise(text)`.
  case text(String)
  /// A piece of extended thinking, raw.
  case thinking(String)
  /// The whole reply with its metadata.
  case finished(LiveReply)
}
