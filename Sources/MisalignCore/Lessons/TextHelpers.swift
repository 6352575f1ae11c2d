#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs or newlines.
  var trimmedWhitespace: String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }
}

/// Finds which of several choices a learner's `answer` names: a letter, a number, or the choice text.
enum ChoiceSelector {
  static let letters = Array("abcdefghijklmnopqrstuvwxyz")

  /// The letter shown before choice `index`.
  static func letter(_ index: Int) -> String {
    index < letters.count ? String(letters[index]) : String(index + 1)
  }

  static func index(of answer: String, in choices: [String]) -> Int? {
    var text = answer.trimmedWhitespace.lowercased()
    // Learners type `b)` or `(b)` or `b.` as often as plain `b`.
    text = String(text.drop(while: { $0 == "(" }))
    while let last = text.last, last == ")" || last == "." { text.removeLast() }
    if text.count == 1, let letter = text.first, let position = letters.firstIndex(of: letter), position < choices.count {
      return position
    }
    if let number = Int(text), number >= 1, number <= choices.count {
      return number - 1
    }
    return choices.firstIndex { $0.lowercased() == text }
  }
}

/// Reads numbers out of a learner's guess such as `96`, `96%`, `about 80 percent`.
enum NumberReading {
  static func firstNumber(in text: String) -> Double? {
    var digits = ""
    var seenDigit = false
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
        seenDigit = true
      } else if character == "." && seenDigit && !digits.contains(".") {
        digits.append(character)
      } else if character == "-" && digits.isEmpty {
        digits.append(character)
      } else if seenDigit {
        break
      } else {
        digits = ""
      }
    }
    if digits.hasSuffix(".") { digits.removeLast() }
    return seenDigit ? Double(digits) : nil
  }

  /// Whether the text is just a number, as an `answer:` directive must be.
  static func isPlainNumber(_ text: String) -> Bool {
    Double(text.trimmedWhitespace) != nil
  }

  /// A number as a learner reads it: no `.0` on whole numbers.
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int(value))
    }
    let rounded = (value * 10).rounded() / 10
    return String(rounded)
  }
}
