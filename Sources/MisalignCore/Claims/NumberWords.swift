/// Rewrites numbers written as words ("ninety-six", "four in five", "a hundred") as digits,
/// so one set of patterns can read "96%", "ninety-six percent" and "96 out of 100" alike.
enum NumberWords {
  private static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// The lower-cased sentence with number words replaced by digits; other text is kept as it was.
  static func normalise(_ sentence: String) -> String {
    let tokens = tokenize(sentence.lowercased())
    var output = ""
    var index = 0
    while index < tokens.count {
      if let (value, consumed) = readNumber(tokens, from: index) {
        output += String(value)
        index += consumed
      } else {
        output += tokens[index]
        index += 1
      }
    }
    return output
  }

  /// Splits into runs of letters and single other characters, keeping everything so the text can be rebuilt.
  private static func tokenize(_ text: String) -> [String] {
    var tokens: [String] = []
    var word = ""
    for character in text {
      if character.isLetter {
        word.append(character)
      } else {
        if !word.isEmpty { tokens.append(word); word = "" }
        tokens.append(String(character))
      }
    }
    if !word.isEmpty { tokens.append(word) }
    return tokens
  }

  /// Reads "ninety", "ninety-six", "ninety six", "one hundred", "a hundred" starting at `start`.
  private static func readNumber(_ tokens: [String], from start: Int) -> (Int, Int)? {
    let first = tokens[start]
    if first == "hundred" { return (100, 1) }
    if first == "a", start + 2 < tokens.count, tokens[start + 1] == " ", tokens[start + 2] == "hundred" {
      return (100, 3)
    }
    if let ten = tens[first] {
      // "ninety-six" or "ninety six"
      if start + 2 < tokens.count, tokens[start + 1] == "-" || tokens[start + 1] == " ",
        let unit = units[tokens[start + 2]], unit > 0, unit < 10
      {
        return (ten + unit, 3)
      }
      return (ten, 1)
    }
    if let unit = units[first] {
      if start + 2 < tokens.count, tokens[start + 1] == " ", tokens[start + 2] == "hundred" {
        return (unit * 100, 3)
      }
      return (unit, 1)
    }
    return nil
  }
}
