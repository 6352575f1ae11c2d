import Foundation

/// Everything that decides how a live request is made, except the API key, which is read from the
/// environment at request time and never stored here (settings are shown by the shell and may be saved).
public struct LiveSettings: Sendable, Equatable {
  /// The model to ask; nil until the user picks one.
  public var model: ModelReference?
  /// An address replacing the provider's default (the shell's `endpoint <url>`).
  public var endpoint: String?
  /// Sampling temperature; the study sampled at 1.0.
  public var temperature: Double
  /// The most tokens the model may write.
  public var maxTokens: Int
  /// Seconds to wait for the first byte and between chunks of the stream.
  public var timeoutSeconds: Double
  /// Seconds to wait for a TCP connection.
  public var connectTimeoutSeconds: Double
  /// The model used by `judge on`.
  public var judgeModel: ModelReference?
  /// An address for the judge model, when it is not the provider's default.
  public var judgeEndpoint: String?
  /// The name of an environment variable holding the key, replacing the provider's usual variable.
  public var apiKeyVariable: String?

  /// The study's temperature and generous limits; no model chosen.
  public static let defaults = LiveSettings()

  /// Settings with the given values; every omitted one has its default.
  public init(
    model: ModelReference? = nil, endpoint: String? = nil, temperature: Double = 1.0, maxTokens: Int = 4096,
    timeoutSeconds: Double = 120, connectTimeoutSeconds: Double = 10, judgeModel: ModelReference? = nil,
    judgeEndpoint: String? = nil, apiKeyVariable: String? = nil
  ) {
    self.model = model
    self.endpoint = endpoint
    self.temperature = temperature
    self.maxTokens = maxTokens
    self.timeoutSeconds = timeoutSeconds
    self.connectTimeoutSeconds = connectTimeoutSeconds
    self.judgeModel = judgeModel
    self.judgeEndpoint = judgeEndpoint
    self.apiKeyVariable = apiKeyVariable
  }

  /// Defaults, then the config file (if it exists), then `MISALIGN_MODEL` / `MISALIGN_ENDPOINT`.
  public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws(LiveError)
    -> LiveSettings
  {
    var settings = LiveSettings.defaults
    let path = configFilePath(environment: environment)
    if let text = try? String(contentsOfFile: path, encoding: .utf8) {
      try ConfigFile.apply(text, file: path, to: &settings)
    }
    try settings.applyEnvironment(environment)
    return settings
  }

  /// `$XDG_CONFIG_HOME/misalign/config`, or `~/.config/misalign/config`.
  public static func configFilePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
    return base + "/misalign/config"
  }

  /// Applies `MISALIGN_MODEL` and `MISALIGN_ENDPOINT`, which override the config file.
  public mutating func applyEnvironment(_ environment: [String: String]) throws(LiveError) {
    if let text = environment["MISALIGN_MODEL"], !text.isEmpty {
      do { model = try ModelReference(parsing: text) } catch {
        throw .config(file: "MISALIGN_MODEL", line: 1, message: error.description)
      }
    }
    if let text = environment["MISALIGN_ENDPOINT"], !text.isEmpty {
      endpoint = try Self.checkedEndpoint(text)
    }
  }

  /// The base URL requests for `model` go to: the override, the provider's default, or for `local`
  /// `MISALIGN_LOCAL_ENDPOINT`; without a trailing slash.
  public func resolvedEndpoint(
    for model: ModelReference, override: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(LiveError) -> String {
    let chosen: String
    if let override, !override.isEmpty {
      chosen = override
    } else if let fallback = model.provider.defaultEndpoint {
      chosen = fallback
    } else if let local = environment["MISALIGN_LOCAL_ENDPOINT"], !local.isEmpty {
      chosen = local
    } else {
      throw .noEndpoint(provider: model.provider.rawValue)
    }
    return try Self.checkedEndpoint(chosen)
  }

  /// The key for `model`, or nil for providers that need none (ollama, local) when no `api_key_env` is set.
  /// Throws `missingAPIKey` naming the variable to set.
  public func apiKey(for model: ModelReference, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(LiveError) -> APIKey?
  {
    guard let variable = apiKeyVariable ?? model.provider.defaultKeyVariable else { return nil }
    if let key = APIKey.from(variable: variable, environment: environment) { return key }
    // A local server given a key variable still works without one; a hosted API does not.
    if model.provider.isLocal { return nil }
    throw .missingAPIKey(variable: variable, provider: model.provider.rawValue)
  }

  /// The same settings aimed at the judge model: its endpoint, temperature 0 for a steady verdict.
  public func forJudge() throws(LiveError) -> LiveSettings {
    guard let judgeModel else { throw .noJudgeModel }
    var judge = self
    judge.model = judgeModel
    judge.endpoint = judgeEndpoint
    judge.temperature = 0
    judge.maxTokens = 1024
    // The key variable in the config belongs to the main model's provider unless both are the same.
    if judgeModel.provider != model?.provider { judge.apiKeyVariable = nil }
    return judge
  }

  /// `text` if it is an http(s) URL with a host, without a trailing slash.
  public static func checkedEndpoint(_ text: String) throws(LiveError) -> String {
    var trimmed = text.trimmingCharacters(in: .whitespaces)
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { throw .invalidEndpoint(text) }
    return trimmed
  }
}
