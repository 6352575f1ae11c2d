/// The checker's answer: one of the claim categories, or an honest "cannot tell".
public enum ClaimVerdict: Sendable, Hashable {
  /// The claim fits this category.
  case category(ClaimCategory)
  /// Too little was recognised to judge; the check lists what it did recognise.
  case cannotTell

  /// A stable id: the category id or `cannot-tell`.
  public var id: String {
    switch self {
    case .category(let category): category.rawValue
    case .cannotTell: "cannot-tell"
    }
  }

  /// Plain words for the verdict.
  public var label: String {
    switch self {
    case .category(let category): category.label
    case .cannotTell: "cannot tell from what was recognised"
    }
  }
}
