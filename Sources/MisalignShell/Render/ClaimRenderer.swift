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
}
