import Foundation
import Testing
@testable import MisalignLive

@Suite("Settings, config file and endpoints")
struct SettingsTests {
  @Test func configFileThenEnvironmentOverride() throws {
    let folder = try temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/misalign", withIntermediateDirectories: true)
    try """
      # my settings
      model = ollama:llama3.2
      endpoint = http://127.0.0.1:9999/v1/
      temperature = 0.7
      max_tokens = 2000
      timeout = 30
      judge = anthropic:claude-sonnet-4
      api_key_env = MY_KEY_VAR
      """.write(toFile: folder + "/misalign/config", atomically: true, encoding: .utf8)
    let fromFile = try LiveSettings.load(environment: ["XDG_CONFIG_HOME": folder])
    #expect(fromFile.model == ModelReference(provider: .ollama, name: "llama3.2"))
    #expect(fromFile.endpoint == "http://127.0.0.1:9999/v1")
    #expect(fromFile.temperature == 0.7 && fromFile.maxTokens == 2000 && fromFile.timeoutSeconds == 30)
    #expect(fromFile.judgeModel == ModelReference(provider: .anthropic, name: "claude-sonnet-4"))
    #expect(fromFile.apiKeyVariable == "MY_KEY_VAR")
    let overridden = try LiveSettings.load(environment: [
      "XDG_CONFIG_HOME": folder, "MISALIGN_MODEL": "openai:gpt-4.1", "MISALIGN_ENDPOINT": "https://proxy.example/v1",
    ])
    #expect(overridden.model == ModelReference(provider: .openai, name: "gpt-4.1"))
    #expect(overridden.endpoint == "https://proxy.example/v1")
    #expect(overridden.temperature == 0.7)
  }

  @Test func defaultsWithoutAFile() throws {
    let settings = try LiveSettings.load(environment: ["XDG_CONFIG_HOME": try temporaryFolder()])
    #expect(settings == LiveSettings.defaults)
    #expect(settings.temperature == 1.0)
    #expect(settings.model == nil)
  }

  @Test func configErrorsSayFileAndLine() {
    func error(_ text: String) -> LiveError? {
      var settings = LiveSettings.defaults
      do {
        try ConfigFile.apply(text, file: "/cfg", to: &settings)
        return nil
      } catch { return error }
    }
    #expect(error("model = ollama:llama3.2\n\ncolour = blue")?.description.hasPrefix("/cfg:3: unknown key `colour`") == true)
    #expect(error("# c\nmodel = llama3.2")?.description.hasPrefix("/cfg:2: `llama3.2` names no provider") == true)
    #expect(error("temperature = hot")?.description.hasPrefix("/cfg:1: temperature must be") == true)
    #expect(error("just words")?.description == "/cfg:1: `just words` is not `key = value`")
    let keyLine = error("api_key = sk-secret-value-123")
    #expect(keyLine?.description.hasPrefix("/cfg:1: API keys are not read from files") == true)
    #expect(keyLine?.description.contains("sk-secret") == false)
    #expect(error("endpoint = ftp://x")?.description.hasPrefix("/cfg:1: `ftp://x` is not an endpoint URL") == true)
  }

  @Test func endpointsPerProvider() throws {
    let settings = LiveSettings.defaults
    func endpoint(_ provider: ModelReference.Provider, override: String? = nil, environment: [String: String] = [:]) throws -> String {
      try settings.resolvedEndpoint(for: ModelReference(provider: provider, name: "m"), override: override, environment: environment)
    }
    #expect(try endpoint(.anthropic) == "https://api.anthropic.com")
    #expect(try endpoint(.openai) == "https://api.openai.com/v1")
    #expect(try endpoint(.openrouter) == "https://openrouter.ai/api/v1")
    #expect(try endpoint(.ollama) == "http://127.0.0.1:11434/v1")
    #expect(try endpoint(.local, environment: ["MISALIGN_LOCAL_ENDPOINT": "http://127.0.0.1:8080/v1"]) == "http://127.0.0.1:8080/v1")
    #expect(try endpoint(.openai, override: "http://127.0.0.1:1234/v1/") == "http://127.0.0.1:1234/v1")
    #expect(throws: LiveError.noEndpoint(provider: "local")) { try endpoint(.local) }
  }

  @Test func keysComeFromTheEnvironmentOnly() throws {
    var settings = LiveSettings.defaults
    let openai = ModelReference(provider: .openai, name: "m")
    #expect(throws: LiveError.missingAPIKey(variable: "OPENAI_API_KEY", provider: "openai")) {
      try settings.apiKey(for: openai, environment: [:])
    }
    #expect(try settings.apiKey(for: openai, environment: ["OPENAI_API_KEY": "k-1234"])?.variable == "OPENAI_API_KEY")
    settings.apiKeyVariable = "MY_KEY_VAR"
    #expect(throws: LiveError.missingAPIKey(variable: "MY_KEY_VAR", provider: "openai")) {
      try settings.apiKey(for: openai, environment: ["OPENAI_API_KEY": "k-1234"])
    }
    #expect(try settings.apiKey(for: ModelReference(provider: .ollama, name: "m"), environment: [:]) == nil)
    let key = try #require(APIKey.from(variable: "V", environment: ["V": "sk-hidden-9999"]))
    #expect(!"\(key)".contains("hidden") && !String(reflecting: key).contains("hidden"))
  }
}
