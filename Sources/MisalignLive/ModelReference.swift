import MisalignCore

/// A model named as `<provider>:<name>`, e.g. `anthropic:claude-opus-4-1` or `local:smollm2`.
public struct ModelReference: Equatable, Sendable, CustomStringConvertible {
  /// The services and local servers misalign can talk to.
  public enum Provider: String, CaseIterable, Sendable {
    case anthropic, openai, openrouter, ollama, local
  }

  /// Who serves the model.
  public var provider: Provider
  /// The model name sent to the provider, e.g. `claude-opus-4-1` or `llama3.2`.
  public var name: String

  /// A reference to `name` at `provider`.
  public init(provider: Provider, name: String) {
    self.provider = provider
    self.name = name
  }

  /// Parses `provider:name`; the error says which part is wrong and what is accepted.
  public init(parsing text: String) throws(ModelReferenceError) {
    guard let colon = text.firstIndex(of: ":") else { throw .missingProvider(text) }
    let providerText = String(text[..<colon]).lowercased()
    let name = String(text[text.index(after: colon)...])
    guard let provider = Provider(rawValue: providerText) else { throw .unknownProvider(providerText) }
    guard !name.isEmpty, !name.contains(where: \.isWhitespace) else { throw .badName(name) }
    self.init(provider: provider, name: name)
  }

  /// `provider:name`, as the user writes it.
  public var description: String { "\(provider.rawValue):\(name)" }
}

extension ModelReference.Provider {
  /// Which wire protocol the provider speaks.
  public enum WireProtocol: Sendable, Equatable {
    /// Anthropic's Messages API.
    case anthropicMessages
    /// OpenAI's chat-completions API, also served by OpenRouter, Ollama, LM Studio, vLLM and llama.cpp.
    case openAIChat
  }

  /// The protocol this provider speaks.
  public var wireProtocol: WireProtocol { self == .anthropic ? .anthropicMessages : .openAIChat }

  /// The address used when no `endpoint` is set; nil for `local`, which must be told where its server is.
  public var defaultEndpoint: String? {
    switch self {
    case .anthropic: "https://api.anthropic.com"
    case .openai: "https://api.openai.com/v1"
    case .openrouter: "https://openrouter.ai/api/v1"
    case .ollama: "http://127.0.0.1:11434/v1"
    case .local: nil
    }
  }

  /// The environment variable holding this provider's key; nil for servers that need none.
  public var defaultKeyVariable: String? {
    switch self {
    case .anthropic: "ANTHROPIC_API_KEY"
    case .openai: "OPENAI_API_KEY"
    case .openrouter: "OPENROUTER_API_KEY"
    case .ollama, .local: nil
    }
  }

  /// Whether the server usually runs on this machine (changes the advice when nothing answers).
  public var isLocal: Bool { self == .ollama || self == .local }
}

/// Why `provider:name` text could not be read.
public enum ModelReferenceError: Error, Equatable, CustomStringConvertible {
  case missingProvider(String)
  case unknownProvider(String)
  case badName(String)

  /// What is wrong and what is accepted.
  public var description: String {
    let providers = ModelReference.Provider.allCases.map(\.rawValue).joined(separator: ", ")
    switch self {
    case .missingProvider(let text):
      return "`\(text)` names no provider; write <provider>:<name>, e.g. anthropic:claude-opus-4-1 (providers: \(providers))"
    case .unknownProvider(let provider):
      return "unknown provider `\(provider)`; use one of: \(providers)"
    case .badName(let name):
      return "`\(name)` is not a model name; it must be non-empty and contain no spaces"
    }
  }
}
