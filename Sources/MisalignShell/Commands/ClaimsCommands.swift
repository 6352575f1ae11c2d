import MisalignCore

/// `claims`, `claim`, `check`, `cite`: what the coverage said, checked against the study.
enum ClaimsCommands {
  static let all: [CommandSpec] = [claims, claim, check, cite]

  static func catalogue() throws -> ClaimsCatalogue {
    do { return try ClaimsCatalogue.bundled() } catch {
      throw ShellError.failed("the built-in claims catalogue is damaged: \(error)", hint: "this is a bug in misalign; please report it")
    }
  }

  static let categoryNames = ClaimCategory.allCases.map(\.rawValue)

  static let claims = CommandSpec(
    "claims", area: .claims, synopsis: "[category]",
    summary: "Claims from the news coverage, checked against the study",
    details: "Categories: accurate, missing-context (accurate but missing context), misattributed (wrong model, number or date), exaggerated (exaggerated generalisation), not-in-study, anthropomorphising.",
    examples: ["claims", "claims misattributed"],
    arguments: 0...1,
    complete: CommandSpec.fixed([categoryNames])
  ) { invocation in
    let catalogue = try catalogue()
    let out = invocation.output
    let style = out.style
    var list = catalogue.claims
    if let name = invocation.arguments.first {
      guard let category = ClaimCategory(parsing: name) else {
        throw invocation.usageError("`\(name)` is not a category; use one of: \(categoryNames.joined(separator: ", "))")
      }
      list = catalogue.claims(tagged: category)
      out.line(style.bold("\(list.count) claims: \(category.label)"))
    } else {
      let counts = ClaimCategory.allCases.map { "\($0.rawValue) \(catalogue.claims(in: $0).count)" }
      out.line(style.bold("\(list.count) claims from the coverage") + style.dim("  (" + counts.joined(separator: ", ") + ")"))
    }
    for claim in list {
      let head = style.cyan(DisplayWidth.pad(claim.id, to: 4)) + " " + style.dim("[\(claim.category.rawValue)] \(claim.outlet), \(claim.date): ")
      out.line(TextWrapper.wrap(head + claim.claim, width: out.width).replacingFirstLineIndent("      "))
    }
    out.line(style.dim("`claim <id>` shows what the study says instead, and where."))
  }

  static let claim = CommandSpec(
    "claim", area: .claims, synopsis: "<id>",
    summary: "One claim: who said it, its category, and what the study says",
    examples: ["claim 7"],
    arguments: 1...1,
    complete: { _, arguments in arguments.isEmpty ? ((try? ClaimsCatalogue.bundled())?.claims.map(\.id) ?? []) : [] }
  ) { invocation in
    let catalogue = try catalogue()
    let id = invocation.arguments[0]
    guard let claim = catalogue.claim(id: id) else {
      throw ShellError.unknownCommand(id, suggestions: catalogue.suggestions(for: id)).asClaim(id)
    }
    let out = invocation.output
    let style = out.style
    out.line(style.heading("Claim \(claim.id)") + style.dim("  \(claim.outlet), \(claim.date)"))
    if let url = claim.url { out.line(style.dim(url)) }
    out.line()
    out.paragraph("“\(claim.claim)”" + style.dim(" (paraphrased)"))
    out.line()
    var verdict = "Verdict: " + claim.category.label
    if let second = claim.secondaryCategory { verdict += "; also " + second.label }
    out.line(style.bold(verdict))
    out.paragraph("What the study says: " + claim.studySays)
    out.paragraph(style.dim("Where: " + claim.location + "  (`cite \(claim.citationTopic)`)"))
  }

  static let check = CommandSpec(
    "check", area: .claims, synopsis: "[--explain] <text> | --file F",
    summary: "Check any sentence about the study against its published numbers",
    details: "Works offline. It reads what the sentence asserts (models, numbers and their hedges, behaviour, setting, scope, source), compares each element with the results data and the study's stated findings, and answers with a category, the reasons, the right figures and citations. When it recognises too little to judge, it says so and shows what it recognised. `--explain` also shows the parse: every element and the words it was read from. `--file FILE` checks one sentence per line (blank lines and lines starting with # are skipped) and prints a table.",
    examples: [
      #"check "96% of AI models chose blackmail""#, #"check --explain "Claude Opus 4 blackmailed 84% of the time""#,
      "check --file article.txt",
    ],
    arguments: 1...Int.max,
    complete: { _, arguments in arguments.isEmpty ? ["--explain", "--file"] : [] }
  ) { invocation in
    var arguments = invocation.arguments
    if arguments[0] == "--file" {
      guard arguments.count == 2 else { throw invocation.usageError("`--file` takes one path: `check --file article.txt`") }
      if let size = InputLimits.oversize(arguments[1], limit: InputLimits.claimFileBytes) {
        throw ShellError.failed(
          "`\(arguments[1])` \(InputLimits.overLimit(size: size, limit: InputLimits.claimFileBytes)) for `check --file`",
          hint: "check the article's sentences in parts of under \(InputLimits.describe(bytes: InputLimits.claimFileBytes))")
      }
      guard let contents = Shell.readTextFile(arguments[1]) else {
        throw ShellError.failed("cannot read `\(arguments[1])`", hint: "check the path and that the file is readable")
      }
      ClaimRenderer.renderTable(ClaimFileCheck.check(contents), file: arguments[1], to: invocation.output)
      return
    }
    let explain = arguments[0] == "--explain"
    if explain { arguments.removeFirst() }
    guard !arguments.isEmpty else { throw invocation.usageError("give the sentence to check after `--explain`") }
    let sentence = arguments.joined(separator: " ")
    guard sentence.count <= InputLimits.sentenceCharacters else {
      throw ShellError.failed(
        "that text is \(sentence.count) characters, more than one claim (the limit for one sentence is \(InputLimits.sentenceCharacters))",
        hint: "save the text to a file with one sentence per line and run `check --file FILE`")
    }
    let result = ClaimChecker.check(sentence)
    invocation.session.lastCheck = result
    ClaimRenderer.render(result, to: invocation.output)
    if explain { ClaimRenderer.renderParse(result, to: invocation.output) }
  }

  static let cite = CommandSpec(
    "cite", area: .claims, synopsis: "<topic|result>",
    summary: "A citation for a finding or number, as plain text and BibTeX",
    details: "Topics include study, figure-7, figure-11, eval-or-real, control, instructions, caveats, system-card; a result's id from `results <model>` (e.g. fig7-claude-opus-4) cites that one number.",
    examples: ["cite figure-7", "cite fig7-claude-opus-4", "cite system-card"],
    arguments: 1...Int.max,
    complete: { _, arguments in arguments.isEmpty ? Citation.topics : [] }
  ) { invocation in
    let topic = invocation.arguments.joined(separator: " ")
    let citation: Citation
    do { citation = try Citation.for(topic: topic) } catch { throw ShellError.failed(String(describing: error)) }
    let out = invocation.output
    out.line(out.style.bold("Plain text"))
    out.paragraph(citation.plainText)
    out.line()
    out.line(out.style.bold("BibTeX"))
    out.line(citation.bibTeX)
  }
}

extension ShellError {
  /// An unknown claim id, worded for claims rather than commands.
  func asClaim(_ id: String) -> ShellError {
    guard case .unknownCommand(_, let suggestions) = self else { return self }
    let hint = suggestions.isEmpty ? "`claims` lists them" : "did you mean " + suggestions.map { "`\($0)`" }.joined(separator: " or ") + "?"
    return .failed("no claim `\(id)`", hint: hint)
  }
}
