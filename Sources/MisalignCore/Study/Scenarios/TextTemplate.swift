/// Scenario text with `{{name}}` variables, split once when the file is read so that filling it in is a walk over
/// ready pieces.
struct TextTemplate: Sendable, Hashable {
  enum Piece: Sendable, Hashable {
    case text(String)
    case variable(String)
  }

  let pieces: [Piece]
  /// The 1-based line the text starts on, for problems found later (an undefined variable).
  let line: Int

  init(literal text: String) {
    pieces = text.isEmpty ? [] : [.text(text)]
    line = 0
  }

  /// Splits `text` at `{{name}}`; a name is lowercase letters, digits and hyphens.
  init(parsing text: String, file: String, line: Int) throws(ContentProblem) {
    var pieces: [Piece] = []
    var literal = ""
    var lineNumber = line
    var rest = Substring(text)
    while let first = rest.first {
      if first == "{", rest.hasPrefix("{{") {
        let afterOpen = rest.dropFirst(2)
        guard let close = Self.closing(in: afterOpen) else {
          throw ContentProblem(file: file, line: lineNumber, message: "`{{` is never closed", fix: "write a variable as {{name}}")
        }
        let name = String(afterOpen[..<close])
        guard !name.isEmpty, name.allSatisfy({ ($0.isLowercase || $0.isNumber || $0 == "-") && $0.isASCII }) else {
          throw ContentProblem(
            file: file, line: lineNumber, message: "`{{\(name)}}` is not a variable name",
            fix: "use lowercase letters, digits and hyphens, e.g. {{kyle-reason}}")
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        literal = ""
        pieces.append(.variable(name))
        rest = afterOpen[close...].dropFirst(2)
        continue
      }
      if first == "\n" { lineNumber += 1 }
      literal.append(first)
      rest = rest.dropFirst()
    }
    if !literal.isEmpty { pieces.append(.text(literal)) }
    self.pieces = pieces
    self.line = line
  }

  /// Where the `}}` that closes a variable starts, if it does before the line ends.
  private static func closing(in text: Substring) -> Substring.Index? {
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "\n" { return nil }
      if text[index] == "}", text[index...].hasPrefix("}}") { return index }
      index = text.index(after: index)
    }
    return nil
  }

  /// The variables the text uses, in order.
  var variableNames: [String] {
    pieces.compactMap { if case .variable(let name) = $0 { name } else { nil } }
  }

  /// The text with every variable filled in from `scope` (variables may use variables, a few levels deep);
  /// an undefined one stays visible as `{{name}}`, and `validate` reports it.
  func render(_ scope: VariableScope) -> String {
    var text = ""
    render(into: &text, scope, depth: 0)
    return text
  }

  func render(into text: inout String, _ scope: VariableScope, depth: Int) {
    for piece in pieces {
      switch piece {
      case .text(let literal): text += literal
      case .variable(let name):
        if depth < VariableScope.maximumDepth, let value = scope[name] {
          value.render(into: &text, scope, depth: depth + 1)
        } else {
          text += "{{" + name + "}}"
        }
      }
    }
  }
}

/// The variables one condition reads: every variables file whose conditions match it, plus the company's names.
struct VariableScope: Sendable {
  static let maximumDepth = 8
  var values: [String: TextTemplate]

  subscript(name: String) -> TextTemplate? { values[name] }
}
