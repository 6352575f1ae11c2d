/// Reads numbers written as words in a claim's word list ("ninety-six", "ninety six", "a hundred",
/// "four") as digits, so one set of checks reads "96%", "ninety-six percent" and "96 out of 100" alike.
enum NumberWordReader {
  private static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// The words with number words merged into one digit word each, keeping the span they covered.
  static func read(_ words: [ClaimText.Word], in sentence: String) -> [ClaimText.Word] {
    var output: [ClaimText.Word] = []
    output.reserveCapacity(words.count)
    var index = 0
    while index < words.count {
      if let (value, consumed) = number(words, at: index, in: sentence) {
        let range = words[index].range.lowerBound..<words[index + consumed - 1].range.upperBound
        output.append(ClaimText.Word(text: String(value), range: range))
        index += consumed
      } else {
        output.append(words[index])
        index += 1
      }
    }
    return output
  }

  /// The digits for one number word ("four" → "4"), or nil for any other word.
  static func digits(forWord word: String) -> String? {
    if word == "hundred" { return "100" }
    if word == "thousand" { return "1000" }
    return (units[word] ?? tens[word]).map(String.init)
  }

  /// Whether two neighbouring words are joined by only a hyphen or spaces, as in "ninety-six" or "ninety six".
  private static func joined(_ left: ClaimText.Word, _ right: ClaimText.Word, in sentence: String) -> Bool {
    let gap = sentence[left.range.upperBound..<right.range.lowerBound]
    return gap == "-" || (!gap.isEmpty && gap.allSatisfy { $0 == " " })
  }

  private static func number(_ words: [ClaimText.Word], at start: Int, in sentence: String) -> (Int, Int)? {
    let first = words[start].text
    let hasNext = start + 1 < words.count && joined(words[start], words[start + 1], in: sentence)
    let next = hasNext ? words[start + 1].text : ""
    if first == "hundred" { return (100, 1) }
    if first == "thousand" { return (1000, 1) }
    if first == "a" && next == "hundred" { return (100, 2) }
    if first == "a" && next == "thousand" { return (1000, 2) }
    if let ten = tens[first] {
      if let unit = units[next], unit > 0, unit < 10 { return (ten + unit, 2) }
      return (ten, 1)
    }
    if let unit = units[first] {
      if next == "hundred" { return (unit * 100, 2) }
      if next == "thousand" { return (unit * 1000, 2) }
      return (unit, 1)
    }
    return nil
  }
}
