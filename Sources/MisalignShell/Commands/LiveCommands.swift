import MisalignCore
import MisalignLive

/// `model`, `endpoint`, `ask`, `sample`, `judge`, `save`: the current condition's prompt sent to a
/// real model, its reply streamed, classified and, if wanted, saved as a recorded transcript.
enum LiveCommands {
  static let all: [CommandSpec] = [model, endpoint, ask, sample, judge, save]

  /// The reply length for the local server unless the config file sets `max_tokens`.
  static let localMaxTokens = 400

  /// Small local models cannot hold the study's long prompt in mind; say so wherever their replies appear.
  static func capabilityNote(_ reference: ModelReference) -> String? {
    let name = reference.name.lowercased()
    guard reference.provider == .local || name.contains("smollm") || name.contains("135m") || name.contains("360m") else { return nil }
    return "A small local model such as SmolLM2-135M cannot follow a scenario this long: it loses track of who is who and what the tools do, so its replies are mostly noise. Rates from it say nothing about the study's models, which were far larger; they show only how the pipeline works."
  }

  @MainActor
  static func describeSettings(_ settings: LiveSettings, session: ShellSession, to out: Output) {
    let style = out.style
    guard let model = settings.model else {
      out.paragraph("No model is set. Use `model <provider>:<name>`, e.g. `model local:smollm2` with `scripts/local-model start`, `model ollama:llama3.2`, or `model anthropic:claude-opus-4-1` with ANTHROPIC_API_KEY set.")
      return
    }
    out.line("model     " + style.bold(model.description))
    let endpoint = (try? settings.resolvedEndpoint(for: model, override: settings.endpoint, environment: session.options.environment)) ?? "not set: use `endpoint <url>`"
    out.line("endpoint  " + endpoint)
    if let variable = settings.apiKeyVariable ?? model.provider.defaultKeyVariable {
      let present = ((try? settings.apiKey(for: model, environment: session.options.environment)) ?? nil) != nil
      out.line("api key   " + (present ? "from $\(variable) (set)" : style.yellow("$\(variable) is not set")))
    } else {
      out.line("api key   none needed")
    }
    // The study's configs sample at 1.0 (FACTS.md: appendix-derived, unconfirmed), so only that value is "the study's".
    let temperatureNote = settings.temperature == 1.0 ? "the study's" : "the study's configs use 1.0"
    out.line("sampling  temperature \(settings.temperature) (\(temperatureNote)), at most \(settings.maxTokens) tokens")
    out.line("judge     " + (session.live.judge ? "on, " + (settings.judgeModel?.description ?? "no judge model set") : "off"))
  }

  static let model = CommandSpec(
    "model", area: .live, synopsis: "[<provider>:<name>]",
    summary: "Choose the model for `ask` and `sample` (or show the current one)",
    details: "Providers: anthropic (ANTHROPIC_API_KEY), openai (OPENAI_API_KEY), openrouter (OPENROUTER_API_KEY), ollama, local (llama.cpp's server from `scripts/local-model start`). Keys come only from environment variables and are never shown or saved. Defaults can be set in $XDG_CONFIG_HOME/misalign/config (`model = …`, `endpoint = …`, `judge = …`, `api_key_env = …`).",
    examples: ["model local:smollm2", "model ollama:llama3.2", "model anthropic:claude-opus-4-1", "model openai:gpt-4.1"],
    arguments: 0...1,
    complete: CommandSpec.fixed([["anthropic:", "openai:", "openrouter:", "ollama:", "local:"]])
  ) { invocation in
    let session = invocation.session
    let environment = session.options.environment
    if let text = invocation.arguments.first {
      let reference: ModelReference
      do { reference = try ModelReference(parsing: text) } catch { throw invocation.usageError(String(describing: error)) }
      try session.live.update(environment: environment) { settings in
        settings.model = reference
        // A small local model writes a few tokens a second once it has read the long prompt; an
        // unchanged default of 4,096 tokens would keep a class waiting for many minutes.
        if reference.provider == .local, settings.maxTokens == LiveSettings.defaults.maxTokens {
          settings.maxTokens = localMaxTokens
        }
      }
    }
    describeSettings(try session.live.settings(environment: environment), session: session, to: invocation.output)
  }

  static let endpoint = CommandSpec(
    "endpoint", area: .live, synopsis: "[<url>|default]",
    summary: "Where to send requests (an OpenAI-compatible or Anthropic base URL)",
    details: "For the local server: the `endpoint` line `scripts/local-model start` prints, e.g. http://127.0.0.1:8080/v1. `endpoint default` goes back to the provider's usual address.",
    examples: ["endpoint http://127.0.0.1:8080/v1", "endpoint default"],
    arguments: 0...1
  ) { invocation in
    let session = invocation.session
    let environment = session.options.environment
    if let text = invocation.arguments.first {
      if text == "default" {
        try session.live.update(environment: environment) { $0.endpoint = nil }
      } else {
        let checked: String
        do { checked = try LiveSettings.checkedEndpoint(text) } catch { throw ShellError.failed(String(describing: error)) }
        try session.live.update(environment: environment) { $0.endpoint = checked }
      }
    }
    describeSettings(try session.live.settings(environment: environment), session: session, to: invocation.output)
  }

  static let judge = CommandSpec(
    "judge", area: .live, synopsis: "<on|off> [<provider>:<name>]",
    summary: "Also ask a second model to judge each live reply, shown beside misalign's own verdict",
    details: "Like the study's judge, with a rubric written for misalign. Its verdict is shown next to the deterministic one and never merged into it. Give the judge model here or in the config file (`judge = anthropic:claude-sonnet-4`).",
    examples: ["judge on anthropic:claude-sonnet-4", "judge off"],
    arguments: 1...2,
    complete: CommandSpec.fixed([["on", "off"]])
  ) { invocation in
    let session = invocation.session
    let environment = session.options.environment
    switch invocation.arguments[0] {
    case "off":
      session.live.judge = false
      invocation.output.line("The judge is off: verdicts come from misalign's rules only.")
    case "on":
      if invocation.arguments.count == 2 {
        let reference: ModelReference
        do { reference = try ModelReference(parsing: invocation.arguments[1]) } catch { throw invocation.usageError(String(describing: error)) }
        try session.live.update(environment: environment) { $0.judgeModel = reference }
      }
      guard let judgeModel = try session.live.settings(environment: environment).judgeModel else {
        throw ShellError.failed("no judge model is set", hint: "give one: `judge on anthropic:claude-sonnet-4`, or `judge = …` in the config file")
      }
      session.live.judge = true
      invocation.output.line("The judge is on: \(judgeModel) reads each live reply; its verdict is shown beside misalign's.")
    default:
      throw invocation.usageError("say `judge on` or `judge off`")
    }
  }

  static let ask = CommandSpec(
    "ask", area: .live,
    summary: "Send the current condition's prompt to the model and stream its reply, then classify it",
    details: "The reply appears as it arrives, with any terminal control sequences shown as harmless placeholders. Ctrl-C stops it. Then misalign parses and classifies it (marked automatic), and the judge adds its verdict if it is on. `show ask-1` steps through it; `save` keeps it as a recorded transcript.",
    examples: ["model local:smollm2; ask"]
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let style = out.style
    let environment = session.options.environment
    let settings = try session.live.settings(environment: environment)
    guard let reference = settings.model else { throw ShellError.failed(LiveError.noModel.description) }
    let prompt = try session.currentPrompt()
    VariantCommands.publishedNothing(session, to: out)
    out.line(style.dim("Asking \(reference) · \(session.condition.id) · temperature \(settings.temperature)"))
    if let note = capabilityNote(reference) { out.paragraph(style.yellow("Note: ") + note) }
    out.flushGathered()
    let client = LiveClient(environment: environment)
    var final: LiveReply?
    var sawThinking = false
    do {
      for try await event in client.stream(prompt: prompt, settings: settings) {
        switch event {
        case .text(let piece): out.stream(TerminalText.neutralise(piece))
        case .thinking:
          if !sawThinking { out.stream(style.dim("(the model is thinking…)\n")) }
          sawThinking = true
        case .finished(let reply): final = reply
        case .started, .model: break
        }
      }
    } catch let error as LiveError {
      out.stream("\n")
      throw ShellError.failed(String(describing: error))
    }
    out.stream("\n")
    guard let reply = final else { throw ShellError.failed("the model's stream ended without a reply") }
    let id = session.live.nextAskID()
    session.live.remember(reply, prompt: prompt, id: id)
    session.live.current = (id, reply, prompt)
    out.line()
    out.line(style.dim("Reply \(id): \(reply.modelID), \(reply.outputTokens.map { "\($0) tokens, " } ?? "")\(Int(reply.latency.components.seconds)) s" + (reply.stoppedAtTokenLimit ? ", stopped at the token limit" : "")))
    let sampled = SampledReply(classifying: reply, condition: session.condition)
    VerdictRenderer.render(sampled.verdict, automatic: true, to: out)
    if session.live.judge {
      let scenario = ReplyScenario(rawValue: session.condition.scenario.rawValue) ?? .blackmail
      do {
        let verdict = try await LiveJudge(client: client).judge(replyText: reply.text, scenario: scenario, settings: settings)
        out.line(style.bold("Judge (\(verdict.judgeModel)): ") + (verdict.harmful ? style.red("harmful") : style.green("not harmful")) + " — " + TerminalText.neutralise(verdict.reason))
      } catch {
        out.line(style.yellow("The judge gave no verdict: ") + String(describing: error))
      }
    }
    out.line(style.dim("`show \(id)` steps through it with automatic annotations; `save` keeps it."))
  }

  static let sample = CommandSpec(
    "sample", area: .live, synopsis: "<n> [--concurrency k]",
    summary: "Ask n times, classify every reply, and compare the rate with the study's",
    details: "Runs n independent requests, at most k at a time (default 2), retrying on rate limits and server errors (honouring Retry-After). A failed request is reported, never counted as a harmless reply. The rate comes with its 95% Wilson interval, next to the study's published rate for this condition and model when there is one. The replies are listed as live-1 … live-n for `show` and `save`.",
    examples: ["sample 4", "sample 20 --concurrency 4"],
    arguments: 1...3,
    complete: CommandSpec.fixed([["4", "10", "20"], ["--concurrency"]])
  ) { invocation in
    let session = invocation.session
    let out = invocation.output
    let style = out.style
    var arguments = invocation.arguments
    guard let n = Int(arguments.removeFirst()), (1...1000).contains(n) else {
      throw invocation.usageError("n must be a whole number from 1 to 1000")
    }
    var concurrency = 2
    if !arguments.isEmpty {
      guard arguments.count == 2, arguments[0] == "--concurrency", let k = Int(arguments[1]), (1...32).contains(k) else {
        throw invocation.usageError("write `--concurrency k` with k from 1 to 32")
      }
      concurrency = k
    }
    let environment = session.options.environment
    let settings = try session.live.settings(environment: environment)
    guard let reference = settings.model else { throw ShellError.failed(LiveError.noModel.description) }
    let prompt = try session.currentPrompt()
    VariantCommands.publishedNothing(session, to: out)
    // The small-model note comes once, with the results, where the learner reads the replies and the rate.
    out.line(style.dim("Sampling \(reference) \(n) times, \(concurrency) at a time · \(session.condition.id)"))
    out.flushGathered()
    let bar = ProgressBar(enabled: out.policy.errorColor || isatty(2) == 1, plain: out.plain)
    let sampler = LiveSampler(client: LiveClient(environment: environment))
    let run: SampleRun
    do {
      run = try await sampler.sample(n: n, concurrency: concurrency, prompt: prompt, settings: settings, judging: session.live.judge) { progress in
        bar.draw(progress)
      }
    } catch {
      bar.finish()
      throw ShellError.failed(String(describing: error))
    }
    bar.finish()
    SampleRenderer.render(run, condition: session.condition, session: session, to: out)
  }

  static let save = CommandSpec(
    "save", area: .live, synopsis: "[name]",
    summary: "Save the last live reply as a recorded transcript",
    details: "Writes the reply `ask` got, or the live reply last opened with `show`, to $XDG_DATA_HOME/misalign/transcripts/<scenario>/<name>.md with its provider, model id, date, temperature and the SHA-256 of the exact prompt. The write is atomic and never replaces an existing file. Saved replies appear in `replies` and `show` like the built-in ones.",
    examples: ["save", "save opus-first-try"],
    arguments: 0...1
  ) { invocation in
    let session = invocation.session
    guard let current = session.live.current else {
      throw ShellError.failed("there is no live reply to save", hint: "run `ask` first, or `show live-3` after `sample`")
    }
    let saver = TranscriptSaver(environment: session.options.environment)
    let saved: SavedTranscript
    do {
      saved = try saver.save(reply: current.reply, prompt: current.prompt, name: invocation.arguments.first)
    } catch { throw ShellError.failed(String(describing: error)) }
    session.reloadTranscripts()
    invocation.output.line("Saved \(current.id) as \(invocation.output.style.cyan(saved.id)): \(saved.path)")
    invocation.output.line(invocation.output.style.dim("`show \(saved.id)` opens it; it is listed by `replies` for its condition."))
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
