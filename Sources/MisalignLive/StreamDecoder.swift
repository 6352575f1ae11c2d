import OpenAPIRuntime
import Foundation

/// What one server-sent event contributed to the reply.
enum StreamDelta: Equatable {
  case text(String)
  case thinking(String)
  case modelID(String)
}

/// What a stream says about the reply as a whole, whichever provider sent it.
struct StreamOutcome {
  /// The model id the server reported, once it has.
  var modelID: String?
  /// Why the model stopped, once it has.
  var finishReason: String?
  var inputTokens: Int?
  var outputTokens: Int?
  /// Whether the server said the reply is complete; a stream that ends without this was cut.
  var isComplete = false
}

/// Turns a provider's server-sent events into reply pieces and remembers whether the model finished.
protocol StreamDecoder {
  /// What the events so far said about the reply as a whole.
  var outcome: StreamOutcome { get }
  /// The pieces `event` contributes; throws for an error event or data that is not the promised JSON.
  mutating func decode(_ event: ServerSentEvent) throws(LiveError) -> [StreamDelta]
}

extension StreamDecoder {
  var modelID: String? { outcome.modelID }
  var finishReason: String? { outcome.finishReason }
  var inputTokens: Int? { outcome.inputTokens }
  var outputTokens: Int? { outcome.outputTokens }
  var isComplete: Bool { outcome.isComplete }

  /// `data` as a JSON object, or `malformedEvent` with a short, cleaned snippet.
  func jsonObject(_ data: String) throws(LiveError) -> [String: Any] {
    guard let bytes = data.data(using: .utf8),
      let object = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any]
    else {
      throw .malformedEvent(snippet: SecretRedactor.redact(data, secrets: [], limit: 80))
    }
    return object
  }

  /// The `error` object of a JSON body as (type, message), when there is one.
  func errorFields(_ object: [String: Any]) -> (String, String)? {
    guard let error = object["error"] else { return nil }
    if let fields = error as? [String: Any] {
      let kind = (fields["type"] as? String) ?? (fields["code"].map { "\($0)" }) ?? "error"
      return (kind, (fields["message"] as? String) ?? "")
    }
    return ("error", "\(error)")
  }
}

/// Decodes Anthropic Messages events: message_start, content_block_delta, message_delta, message_stop, error.
struct AnthropicStreamDecoder: StreamDecoder {
  var outcome = StreamOutcome()

  mutating func decode(_ event: ServerSentEvent) throws(LiveError) -> [StreamDelta] {
    let data = event.data ?? ""
    if data.isEmpty { return [] }
    let object = try jsonObject(data)
    let type = (object["type"] as? String) ?? event.event ?? ""
    switch type {
    case "message_start":
      let message = object["message"] as? [String: Any]
      let usage = message?["usage"] as? [String: Any]
      outcome.inputTokens = usage?["input_tokens"] as? Int ?? inputTokens
      if let model = message?["model"] as? String {
        outcome.modelID = model
        return [.modelID(model)]
      }
      return []
    case "content_block_start":
      let block = object["content_block"] as? [String: Any]
      if let text = block?["text"] as? String, !text.isEmpty { return [.text(text)] }
      if let thinking = block?["thinking"] as? String, !thinking.isEmpty { return [.thinking(thinking)] }
      return []
    case "content_block_delta":
      let delta = object["delta"] as? [String: Any]
      if let text = delta?["text"] as? String { return text.isEmpty ? [] : [.text(text)] }
      if let thinking = delta?["thinking"] as? String { return thinking.isEmpty ? [] : [.thinking(thinking)] }
      return []
    case "message_delta":
      let delta = object["delta"] as? [String: Any]
      if let reason = delta?["stop_reason"] as? String {
        outcome.finishReason = reason
        outcome.isComplete = true
      }
      let usage = object["usage"] as? [String: Any]
      outcome.outputTokens = usage?["output_tokens"] as? Int ?? outputTokens
      return []
    case "message_stop":
      outcome.isComplete = true
      return []
    case "error":
      let (kind, message) = errorFields(object) ?? ("error", "")
      throw .errorEvent(kind: kind, message: SecretRedactor.redact(message, secrets: []))
    default:
      // ping, content_block_stop and event types added later carry nothing the reply needs.
      return []
    }
  }
}

/// Decodes OpenAI-style chat-completion chunks, as sent by OpenAI, OpenRouter, Ollama, vLLM, LM Studio and
/// llama.cpp (which may add `timings`, send `usage` in the last chunk and open with an empty `role` delta).
struct OpenAIChatStreamDecoder: StreamDecoder {
  var outcome = StreamOutcome()

  mutating func decode(_ event: ServerSentEvent) throws(LiveError) -> [StreamDelta] {
    let data = (event.data ?? "").trimmingCharacters(in: .whitespaces)
    if data.isEmpty { return [] }
    if data == "[DONE]" {
      outcome.isComplete = true
      return []
    }
    let object = try jsonObject(data)
    if let (kind, message) = errorFields(object) {
      throw .errorEvent(kind: kind, message: SecretRedactor.redact(message, secrets: []))
    }
    var deltas: [StreamDelta] = []
    if modelID == nil, let model = object["model"] as? String, !model.isEmpty {
      outcome.modelID = model
      deltas.append(.modelID(model))
    }
    if let usage = object["usage"] as? [String: Any] {
      outcome.inputTokens = usage["prompt_tokens"] as? Int ?? inputTokens
      outcome.outputTokens = usage["completion_tokens"] as? Int ?? outputTokens
    }
    let choices = object["choices"] as? [[String: Any]] ?? []
    for choice in choices.prefix(1) {
      let delta = choice["delta"] as? [String: Any]
      // Reasoning models served by vLLM, llama.cpp or OpenRouter stream their thinking under one of these.
      for field in ["reasoning_content", "reasoning"] {
        if let thinking = delta?[field] as? String, !thinking.isEmpty { deltas.append(.thinking(thinking)) }
      }
      if let text = delta?["content"] as? String, !text.isEmpty { deltas.append(.text(text)) }
      if let reason = choice["finish_reason"] as? String {
        outcome.finishReason = reason
        outcome.isComplete = true
      }
    }
    return deltas
  }
}

/// Drives the stream decoders on events the caller already split, for the fuzz checks
/// (Sources/MisalignFuzzChecks); not part of the shell's API.
@_spi(Fuzzing) public enum StreamDecoderProbe {
  /// What decoding a run of events gave: the text and thinking pieces, the error that stopped it, and
  /// whether the stream said it was complete after each event.
  public struct Outcome {
    public var pieces: [String] = []
    public var error: String?
    public var completeAfterEach: [Bool] = []
  }

  /// Decodes `events` (event name, data) with the Anthropic decoder, or the OpenAI-compatible one.
  public static func decode(_ events: [(event: String?, data: String)], anthropic: Bool) -> Outcome {
    var decoder: any StreamDecoder = anthropic ? AnthropicStreamDecoder() : OpenAIChatStreamDecoder()
    var outcome = Outcome()
    for (name, data) in events {
      do {
        for delta in try decoder.decode(ServerSentEvent(event: name, data: data)) {
          switch delta {
          case .text(let text), .thinking(let text), .modelID(let text): outcome.pieces.append(text)
          }
        }
      } catch {
        outcome.error = error.description
        return outcome
      }
      outcome.completeAfterEach.append(decoder.isComplete)
    }
    return outcome
  }
}
