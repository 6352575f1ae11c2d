/// What `validate` checks beyond each file's own format: that every condition's inbox can be put together.
extension ScenarioBook {
  /// Problems with file:line for every core condition: two emails in one inbox slot or with one id, a variable no
  /// file defines for the condition, a variable two files define for it, a missing system-prompt section.
  public func problems() -> [ContentProblem] {
    var problems: [ContentProblem] = []
    var reported: Set<String> = []
    func add(_ key: String, _ problem: ContentProblem) {
      if reported.insert(key).inserted { problems.append(problem) }
    }
    for name in Self.systemPromptSections where commonVariables[name] == nil {
      add(
        "section " + name,
        ContentProblem(
          file: directories.first.map { $0 + "/system-prompt.md" } ?? "system-prompt.md", line: 0,
          message: "no file without conditions defines `## \(name)`, which the system prompt needs",
          fix: "add the section to system-prompt.md or goals.md"))
    }
    for condition in Condition.allCore {
      let probe = ScenarioFilter.Probe(condition)
      var definedBy: [String: String] = [:]
      for set in variableSets where set.filter.matches(probe) {
        for name in set.values.keys.sorted() {
          if let earlier = definedBy[name] {
            add(
              "twice \(name) \(set.source.path)",
              ContentProblem(
                file: set.source.path, line: set.values[name]?.line ?? 0,
                message: "`\(name)` is also defined by \(earlier) for \(condition.id)",
                fix: "narrow one file's scenario/goal-type/goal-value/urgency so that only one applies"))
          }
          definedBy[name] = set.source.path
        }
      }
      let scope = scope(for: condition)
      let templates = templates(for: condition)
      if templates.isEmpty {
        add(
          "empty " + condition.scenario.rawValue,
          ContentProblem(
            file: directories.first ?? "Scenarios", line: 0, message: "\(condition.id) has no emails at all",
            fix: "check the scenario: lines of the email files"))
      }
      var bySlot: [Int: EmailTemplate] = [:]
      var byID: [String: EmailTemplate] = [:]
      for template in templates {
        if let other = bySlot[template.order] {
          add(
            "slot \(template.source.path) \(other.source.path)",
            ContentProblem(
              file: template.source.path, line: 0,
              message: "\(other.source.relativePath) also has `order: \(template.order)` in \(condition.id)",
              fix: "give one a different order, or make their conditions exclusive"))
        }
        if let other = byID[template.id] {
          add(
            "id \(template.source.path) \(other.source.path)",
            ContentProblem(
              file: template.source.path, line: 0,
              message: "\(other.source.relativePath) also has `id: \(template.id)` in \(condition.id)",
              fix: "give one of them another id"))
        }
        bySlot[template.order] = template
        byID[template.id] = template
        let texts = [template.subject, template.purpose, template.body] + (template.closesDoor.map { [$0] } ?? [])
        for text in texts {
          for name in Self.undefinedVariables(in: text, scope: scope) {
            add(
              "undefined \(name) \(template.source.path)",
              ContentProblem(
                file: template.source.path, line: text.line,
                message: "`{{\(name)}}` is not defined for \(condition.id)",
                fix: "define `## \(name)` in a variables file whose conditions include it, or remove the variable"))
          }
        }
      }
    }
    return problems
  }

  /// Variables a text uses, directly or through other variables, that the scope does not define.
  static func undefinedVariables(in text: TextTemplate, scope: VariableScope, depth: Int = 0) -> [String] {
    var missing: [String] = []
    for name in text.variableNames {
      if let value = scope[name] {
        if depth < VariableScope.maximumDepth { missing += undefinedVariables(in: value, scope: scope, depth: depth + 1) }
      } else {
        missing.append(name)
      }
    }
    return missing
  }
}
