/// Prompts for a learner's variant, and the editable copy `variant edit` opens.
extension ScenarioBook {
  /// The prompt of a condition with a variant's changes, when the variant is for this condition's world.
  public func build(_ condition: Condition, variant: ScenarioVariant?) -> Prompt {
    guard let variant, variant.applies(to: condition), !variant.isEmpty else { return build(condition) }
    let scope = scope(for: condition)
    let emails = variant.apply(to: emails(for: condition, scope: scope))
    return Prompt(
      condition: condition, system: systemPrompt(for: condition, scope: scope),
      user: userTurn(emails: emails, scope: scope), emails: emails)
  }

  /// An email as a scenario file with this condition's wording filled in, for the learner to change in an editor.
  public func editableCopy(of email: Email, condition: Condition) -> String {
    let template = templates(for: condition).first { $0.id == email.id }
    var lines = [
      "---",
      "# A copy of \(template?.source.relativePath ?? email.id) for \(condition.id). Change what you like and save;",
      "# the inbox of this condition then shows your version (`variant list`, `diff`, `variant reset`).",
      "kind: email", "id: " + email.id, "order: \(template?.order ?? email.index)", "from: " + email.from,
      "to: " + email.to, "subject: " + email.subject, "time: " + String(email.timestamp.split(separator: "T").last ?? ""),
    ]
    if !email.attachments.isEmpty { lines.append("attachments: " + email.attachments.joined(separator: ", ")) }
    lines.append("purpose: " + email.purpose)
    if let door = email.closesDoor { lines.append("closes-door: " + door) }
    lines.append("---")
    return lines.joined(separator: "\n") + "\n" + email.body + "\n"
  }

  /// Reads an edited copy back: the same format and checks as the study's files, variables filled in for `condition`.
  public func readEditedCopy(_ text: String, path: String, original: Email, condition: Condition) throws(ContentProblem) -> Email {
    let source = ScenarioSource(path: path, relativePath: path)
    guard case .email(let template) = try ScenarioFileParser.parse(text, source: source) else {
      throw ContentProblem(file: path, line: 1, message: "the copy is no longer an email", fix: "keep `kind: email`")
    }
    guard template.id == original.id else {
      throw ContentProblem(
        file: path, line: 1, message: "the id changed from `\(original.id)` to `\(template.id)`",
        fix: "keep `id: \(original.id)`; to leave the email out use `variant drop \(original.id)`")
    }
    let scope = scope(for: condition)
    for text in [template.subject, template.purpose, template.body] + (template.closesDoor.map { [$0] } ?? []) {
      if let name = Self.undefinedVariables(in: text, scope: scope).first {
        throw ContentProblem(
          file: path, line: text.line, message: "`{{\(name)}}` is not defined for \(condition.id)",
          fix: "write the text itself, or use a variable the scenario files define")
      }
    }
    return template.email(index: original.index, numbered: original.forwardID != nil, scope: scope)
  }
}
