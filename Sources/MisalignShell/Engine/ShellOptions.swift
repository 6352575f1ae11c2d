/// What the command line asked for; the executable fills it from its flags.
public struct ShellOptions: Sendable {
  public var commands: String?
  public var scriptPath: String?
  public var contentDirectories: [String]
  public var color: ColorMode
  public var plain: Bool
  public var keepGoing: Bool
  public var environment: [String: String]

  public init(
    commands: String? = nil, scriptPath: String? = nil, contentDirectories: [String] = [],
    color: ColorMode = .auto, plain: Bool = false, keepGoing: Bool = false, environment: [String: String]
  ) {
    self.commands = commands
    self.scriptPath = scriptPath
    self.contentDirectories = contentDirectories
    self.color = color
    self.plain = plain
    self.keepGoing = keepGoing
    self.environment = environment
  }
}
