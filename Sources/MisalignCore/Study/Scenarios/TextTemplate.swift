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

  /// Splits `text` at `{{name}}`; a name is lowercase letters, digits and hyphens. Works on UTF-8 bytes: the
  /// markers are ASCII, so every cut falls between characters.
  init(parsing text: String, file: String, line: Int) throws(ContentProblem) {
    var pieces: [Piece] = []
    let bytes = text.utf8
    var literalStart = bytes.startIndex
    var index = bytes.startIndex
    func lineOf(_ position: String.Index) -> Int {
      line + text.utf8[..<position].reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
    while index < bytes.endIndex {
      let next = bytes.index(after: index)
      guard bytes[index] == UInt8(ascii: "{"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "{") else {
        index = next
        continue
      }
      let nameStart = bytes.index(after: next)
      var close = nameStart
      while close < bytes.endIndex, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "\n") {
        close = bytes.index(after: close)
      }
      let afterClose = close < bytes.endIndex ? bytes.index(after: close) : close
      guard close < bytes.endIndex, bytes[close] == UInt8(ascii: "}"), afterClose < bytes.endIndex,
        bytes[afterClose] == UInt8(ascii: "}")
      else {
        throw ContentProblem(file: file, line: lineOf(index), message: "`{{` is never closed", fix: "write a variable as {{name}}")
      }
      let name = String(text[nameStart..<close])
      guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7a) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2d }) else {
        throw ContentProblem(
          file: file, line: lineOf(index), message: "`{{\(name)}}` is not a variable name",
          fix: "use lowercase letters, digits and hyphens, e.g. {{kyle-reason}}")
      }
      if literalStart < index { pieces.append(.text(String(text[literalStart..<index]))) }
      pieces.append(.variable(name))
      index = bytes.index(after: afterClose)
      literalStart = index
    }
    if literalStart < bytes.endIndex { pieces.append(.text(String(text[literalStart...]))) }
    self.pieces = pieces
    self.line = line
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
