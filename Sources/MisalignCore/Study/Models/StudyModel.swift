/// A language model the study tested, with the names people use for it.
public struct StudyModel: Sendable, Hashable, Identifiable, CustomStringConvertible {
  /// The company that built the model.
  public enum Developer: String, Sendable, Hashable, CaseIterable {
    case anthropic, openAI, google, xAI, deepSeek, meta, alibaba

    /// The company's name as it writes it.
    public var displayName: String {
      switch self {
      case .anthropic: "Anthropic"
      case .openAI: "OpenAI"
      case .google: "Google"
      case .xAI: "xAI"
      case .deepSeek: "DeepSeek"
      case .meta: "Meta"
      case .alibaba: "Alibaba (Qwen team)"
      }
    }
  }

  /// Canonical id used in the results data, e.g. `claude-opus-4`.
  public let id: String
  /// The name as the study's text writes it, e.g. "Claude Sonnet 3.6".
  public let name: String
  /// Who built it.
  public let developer: Developer
  /// Labels the study's charts use where they differ from `name` or are known, e.g. "Gemini-2.5-Pro".
  public let figureLabels: [String]
  /// Other names people write for this model, e.g. "Claude 3.5 Sonnet (new)".
  public let aliases: [String]
  /// Whether the model is one of the 16 in the study's main charts (o3 and o4-mini are not).
  public let isInMainResults: Bool
  /// Whether the model is one of the 10 kept in the lethal-action chart (Figure 11).
  public let isInLethalChart: Bool
  /// Why the study left the model out of a chart, or treated it specially; empty if nothing to say.
  public let notes: [String]

  /// The label to print next to a bar: the study's chart label when known, else the name.
  public var chartLabel: String { figureLabels.first ?? name }

  public var description: String { name }

  init(
    id: String,
    name: String,
    developer: Developer,
    figureLabels: [String] = [],
    aliases: [String] = [],
    isInMainResults: Bool = true,
    isInLethalChart: Bool,
    notes: [String] = []
  ) {
    self.id = id
    self.name = name
    self.developer = developer
    self.figureLabels = figureLabels
    self.aliases = aliases
    self.isInMainResults = isInMainResults
    self.isInLethalChart = isInLethalChart
    self.notes = notes
  }
}
