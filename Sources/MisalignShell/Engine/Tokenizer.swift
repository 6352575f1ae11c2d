/// Splits a typed line into commands and words the way a shell user expects: `;` separates
/// commands, double quotes group words and honour backslash escapes, single quotes are literal,
/// a backslash outside quotes escapes the next character, and `#` at the start of a word begins
/// a comment.
public enum Tokenizer {
  /// One command's words, with the column (0-based, in characters) where each word began.
  public struct Command: Equatable, Sendable {
    public var words: [String]
    public var columns: [Int]
  }

  public enum Failure: Error, Equatable, CustomStringConvertible {
    case unterminatedQuote(Character, column: Int)
    case danglingEscape(column: Int)

    public var description: String {
      switch self {
      case .unterminatedQuote(let quote, let column):
        return "the \(quote) quote opened at column \(column + 1) is never closed; add a closing \(quote)"
      case .danglingEscape(let column):
        return "the backslash at column \(column + 1) escapes nothing; remove it or write \\\\"
      }
    }
  }

  /// The state of an unfinished line, used by completion.
  public struct Partial: Equatable, Sendable {
    /// Words of the command under the cursor that are complete.
    public var words: [String]
    /// The word being typed (unquoted text so far), empty when the cursor follows a separator.
    public var current: String
    /// The quote character the current word is inside, if any.
    public var openQuote: Character?
  }

  public static func split(_ line: String) throws(Failure) -> [Command] {
    var scanner = Scanner(line)
    let result = scanner.run()
    if let failure = scanner.failure { throw failure }
    return result.commands.filter { !$0.words.isEmpty }
  }

  /// Tokenizes a prefix of a line without failing, for completion.
  public static func partial(_ prefix: String) -> Partial {
    var scanner = Scanner(prefix)
    let result = scanner.run()
    let last = result.commands.last ?? Command(words: [], columns: [])
    if result.inWord {
      return Partial(words: Array(last.words.dropLast()), current: last.words.last ?? "", openQuote: result.openQuote)
    }
    return Partial(words: last.words, current: "", openQuote: nil)
  }

  private struct Scanner {
    let characters: [Character]
    var failure: Failure?

    /// The line's characters, except that a syntax character (quote, backslash, `;`, `#`, space) that a
    /// combining mark joined into one grapheme is split from it: `'` followed by U+0301 must still open a
    /// quote, or quoting a word that starts with a combining mark would not read back as that word.
    init(_ line: String) {
      var characters: [Character] = []
      characters.reserveCapacity(line.utf8.count)
      for character in line {
        let scalars = character.unicodeScalars
        if scalars.count > 1, let first = scalars.first, first.isASCII, !first.properties.isAlphabetic,
          !("0"..."9").contains(first)
        {
          characters.append(Character(first))
          characters.append(contentsOf: String(String.UnicodeScalarView(scalars.dropFirst())))
        } else {
          characters.append(character)
        }
      }
      self.characters = characters
    }

    struct Result {
      var commands: [Command]
      var inWord: Bool
      var openQuote: Character?
    }

    mutating func run() -> Result {
      var commands: [Command] = []
      var current = Command(words: [], columns: [])
      var word = ""
      var wordStart: Int?
      var quote: Character?
      var quoteStart = 0
      var index = 0

      func finishWord() {
        if let start = wordStart {
          current.words.append(word)
          current.columns.append(start)
        }
        word = ""
        wordStart = nil
      }

      while index < characters.count {
        let character = characters[index]
        if let open = quote {
          if character == open {
            quote = nil
          } else if open == "\"" && character == "\\" && index + 1 < characters.count
            && "\"\\$`".contains(characters[index + 1])
          {
            index += 1
            word.append(characters[index])
          } else {
            word.append(character)
          }
          index += 1
          continue
        }
        switch character {
        case "\"", "'":
          if wordStart == nil { wordStart = index }
          quote = character
          quoteStart = index
        case "\\":
          if wordStart == nil { wordStart = index }
          if index + 1 < characters.count {
            index += 1
            word.append(characters[index])
          } else {
            failure = .danglingEscape(column: index)
          }
        case ";":
          finishWord()
          commands.append(current)
          current = Command(words: [], columns: [])
        case "#" where wordStart == nil:
          index = characters.count
          continue
        default:
          if character.isWhitespace {
            finishWord()
          } else {
            if wordStart == nil { wordStart = index }
            word.append(character)
          }
        }
        index += 1
      }
      let inWord = wordStart != nil
      if let open = quote { failure = .unterminatedQuote(open, column: quoteStart) }
      finishWord()
      commands.append(current)
      return Result(commands: commands, inWord: inWord, openQuote: quote)
    }
  }
}
