import MisalignShell

/// Reads the command lines people type every day (`misalign`, `misalign -c "…"`, `--script F`,
/// `--content D`, `--color M`, `--plain`, `--keep-going`) without ArgumentParser, and gives up
/// (returns nil) on anything else, which ArgumentParser then parses, explains or rejects. It accepts
/// only what ArgumentParser would read the same way: a differential test holds the two together.
public enum QuickArguments {
  public static func parse(_ arguments: [String], environment: [String: String]) -> ShellOptions? {
    var options = ShellOptions(environment: environment)
    var seen: Set<String> = []
    var index = 0
    // A value that looks like an option, or an option written as --name=value, is left to ArgumentParser.
    func value(at position: Int) -> String? {
      guard position < arguments.count else { return nil }
      let candidate = arguments[position]
      return candidate.hasPrefix("-") ? nil : candidate
    }
    while index < arguments.count {
      let argument = arguments[index]
      switch argument {
      case "-c", "--script", "--color":
        guard !seen.contains(argument), let given = value(at: index + 1) else { return nil }
        seen.insert(argument)
        switch argument {
        case "-c": options.commands = given
        case "--script": options.scriptPath = given
        default:
          guard let mode = ColorMode(rawValue: given) else { return nil }
          options.color = mode
        }
        index += 2
      case "--content":
        guard let given = value(at: index + 1) else { return nil }
        options.contentDirectories.append(given)
        index += 2
      case "--plain", "--keep-going":
        guard !seen.contains(argument) else { return nil }
        seen.insert(argument)
        if argument == "--plain" { options.plain = true } else { options.keepGoing = true }
        index += 1
      default:
        return nil
      }
    }
    // Both -c and --script is a usage error, which ArgumentParser words.
    if options.commands != nil && options.scriptPath != nil { return nil }
    return options
  }
}
