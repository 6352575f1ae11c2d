import MisalignCore

/// The answer of `check`: verdict, reasons, the right figures, citations, related claims.
@MainActor
enum ClaimRenderer {
  static func render(_ check: ClaimCheck, to out: Output) {
    let style = out.style
    let verdictText: String
    switch check.verdict {
    case .category(.accurate): verdictText = style.apply(.boldGreen, "Accurate")
    case .category(let category): verdictText = style.apply(.boldYellow, category.label.prefix(1).uppercased() + category.label.dropFirst())
    case .cannotTell: verdictText = style.bold("Cannot tell")
    }
    out.line(verdictText + style.dim("  (\(check.verdict.id))"))
    for reason in check.reasons {
      out.line(TextWrapper.wrap((out.plain ? "- " : "• ") + reason, width: out.width).replacingFirstLineIndent("  "))
    }
    if case .cannotTell = check.verdict {
      out.line()
      out.line(style.dim("What I recognised:"))
      let lines = check.recognised.summaryLines
      if lines.isEmpty { out.line("  nothing about the study (no model, number, behaviour or condition)") }
      for line in lines { out.line(TextWrapper.wrap("  " + line, width: out.width)) }
    }
    if !check.figures.isEmpty {
      out.line()
      out.line(style.bold("The study's figures"))
      for row in check.figures.prefix(8) {
        out.line(TextWrapper.wrap("  " + row.summary + " — " + ConditionWording.describe(row), width: out.width).replacingFirstLineIndent("    "))
      }
    }
    if !check.citations.isEmpty {
      out.line()
      out.line(style.bold("Cite"))
      for citation in check.citations.prefix(5) {
        out.line(TextWrapper.wrap("  Lynch et al. (2025), \(citation.locator) — `cite \(citation.topic)`", width: out.width).replacingFirstLineIndent("    "))
      }
    }
    if !check.related.isEmpty {
      out.line()
      out.line(style.dim("Related claims from the coverage: " + check.related.prefix(3).map { "\($0.id) (\($0.outlet))" }.joined(separator: ", ") + " — `claim <id>`"))
    }
  }

  /// `check --explain`: each element the sentence was read into, with its words, and what each check concluded.
  static func renderParse(_ check: ClaimCheck, to out: Output) {
    let style = out.style
    out.line()
    out.line(style.bold("How the sentence was read"))
    let elements = check.recognised.elements
    if elements.isEmpty { out.line("  nothing about the study was recognised") }
    for element in elements {
      let span = element.span.isEmpty ? "" : "  ← “\(element.span)”"
      out.line(TextWrapper.wrap("  \(element.kind.rawValue): \(element.value)\(span)", width: out.width).replacingFirstLineIndent("      "))
    }
    let missing = ClaimElement.Kind.allCases.filter { kind in
      [.model, .quantity, .behaviour, .condition, .source].contains(kind) && !elements.contains { $0.kind == kind }
    }
    if !missing.isEmpty {
      out.line(style.dim("  not stated: " + missing.map(\.rawValue).joined(separator: ", ")))
    }
    out.line()
    out.line(style.bold("What each check compared"))
    if check.findings.isEmpty { out.line("  no check applied to what was recognised") }
    for finding in check.findings {
      let verdict = finding.category?.rawValue ?? "note"
      out.line(TextWrapper.wrap("  \(finding.ruleID) → \(verdict): \(finding.reason)", width: out.width).replacingFirstLineIndent("      "))
    }
  }

  /// `check --file`: one row per line of the file: line, verdict, the key figure, the sentence.
  static func renderTable(_ result: (rows: [ClaimFileCheck.Row], skippedOverLimit: Int), file: String, to out: Output) {
    let style = out.style
    let rows = result.rows
    guard !rows.isEmpty else {
      out.line("No sentences in \(file) (blank lines and lines starting with # are skipped).")
      return
    }
    let verdictWidth = max(7, rows.map { $0.check.verdict.id.count }.max() ?? 0)
    let lineWidth = max(4, String(rows.last?.line ?? 0).count)
    func pad(_ text: String, _ width: Int) -> String { text.count >= width ? text : text + String(repeating: " ", count: width - text.count) }
    out.line(style.bold(pad("line", lineWidth) + "  " + pad("verdict", verdictWidth) + "  the study's figure, then the sentence"))
    for row in rows {
      let figure = row.check.figures.first.map { "\($0.model.name) \($0.rateLabel) (\($0.figure), \($0.status.phrase))" }
        ?? row.check.citations.first.map { "see \($0.locator)" } ?? "no figure"
      let head = pad(String(row.line), lineWidth) + "  " + pad(row.check.verdict.id, verdictWidth) + "  "
      let body = TextWrapper.wrap(figure + " — “\(row.check.sentence)”", width: max(20, out.width - head.count))
      let indent = String(repeating: " ", count: head.count)
      let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, text) in lines.enumerated() { out.line((index == 0 ? head : indent) + text.drop { $0 == " " }) }
    }
    var counts: [String: Int] = [:]
    for row in rows { counts[row.check.verdict.id, default: 0] += 1 }
    let order = ClaimCategory.allCases.map(\.rawValue) + [ClaimVerdict.cannotTell.id]
    out.line()
    out.line("\(rows.count) sentence\(rows.count == 1 ? "" : "s"): " + order.compactMap { id in counts[id].map { "\($0) \(id)" } }.joined(separator: ", ")
      + ". `check \"<sentence>\"` gives the reasons and citations for any one.")
    if result.skippedOverLimit > 0 {
      out.line("Only the first \(ClaimFileCheck.lineLimit) sentences were checked; \(result.skippedOverLimit) more were skipped: split the file.")
    }
  }
}
