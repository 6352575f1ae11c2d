import Foundation

/// One HTTP request to a model API, before it is handed to the HTTP client.
struct ProviderRequest: Sendable {
  let url: String
  let headers: [(String, String)]
  let body: Data

  /// The request for `protocol`: Anthropic Messages or OpenAI chat completions, always streaming.
  static func make(
    wireProtocol: ModelReference.Provider.WireProtocol, endpoint: String, model: String, system: String,
    user: String, settings: LiveSettings, key: APIKey?
  ) throws(LiveError) -> ProviderRequest {
    var headers = [("content-type", "application/json"), ("accept", "text/event-stream"), ("user-agent", "misalign")]
    let body: [String: Any]
    let url: String
    switch wireProtocol {
    case .anthropicMessages:
      url = endpoint + "/v1/messages"
      headers.append(("anthropic-version", "2023-06-01"))
      if let key { headers.append(("x-api-key", key.secret)) }
      body = [
        "model": model, "system": system, "messages": [["role": "user", "content": user]],
        "max_tokens": settings.maxTokens, "temperature": settings.temperature, "stream": true,
      ]
    case .openAIChat:
      url = endpoint + "/chat/completions"
      if let key { headers.append(("authorization", "Bearer " + key.secret)) }
      body = [
        "model": model,
        "messages": [["role": "system", "content": system], ["role": "user", "content": user]],
        "max_tokens": settings.maxTokens, "temperature": settings.temperature, "stream": true,
      ]
    }
    guard let data = try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]) else {
      throw .malformedEvent(snippet: "request body could not be encoded")
    }
    return ProviderRequest(url: url, headers: headers, body: data)
  }
}
