/// Any JSON value, for the parts of an Inspect log whose shape varies (task arguments, metadata,
/// score values).
public enum JSONValue: Decodable, Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// The value as text, as a task argument is written (`true`, `none`, `blackmail`); nil for null.
  public var text: String? {
    switch self {
    case .null: nil
    case .bool(let value): value ? "true" : "false"
    case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .string(let value): value
    case .array, .object: nil
    }
  }

  /// A number, or a boolean as 1 or 0, as Inspect's scores are.
  public var number: Double? {
    switch self {
    case .number(let value): value
    case .bool(let value): value ? 1 : 0
    case .string(let value): Double(value)
    default: nil
    }
  }

  public subscript(key: String) -> JSONValue? {
    if case .object(let object) = self { return object[key] }
    return nil
  }
}
