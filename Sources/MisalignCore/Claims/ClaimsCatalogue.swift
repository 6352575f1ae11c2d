/// The catalogue of media claims about the study, each checked against the sources.
public struct ClaimsCatalogue: Sendable {
  /// Every claim, in MEDIA_CLAIMS.md order.
  public let claims: [CatalogueClaim]

  private static let columns = [
    "id", "number", "outlet", "url", "date", "category", "also", "claim", "study_says", "where", "topic",
  ]

  /// Reads a catalogue from tab-separated text; lines starting with `#` are comments.
  public init(tsv: String, file: String = "claims.tsv") throws {
    var claims: [CatalogueClaim] = []
    var sawHeader = false
    var seenIDs: Set<String> = []
    for (index, rawLine) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if !sawHeader {
        guard fields == Self.columns else {
          throw ClaimsDataError(
            file: file, line: lineNumber,
            message: "expected the header \(Self.columns.joined(separator: ", ")); fix the header line")
        }
        sawHeader = true
        continue
      }
      guard fields.count == Self.columns.count else {
        throw ClaimsDataError(
          file: file, line: lineNumber,
          message: "expected \(Self.columns.count) tab-separated fields, found \(fields.count); check for a missing or extra tab")
      }
      func required(_ column: Int) throws -> String {
        let value = fields[column].trimmedOfWhitespace
        guard !value.isEmpty else {
          throw ClaimsDataError(
            file: file, line: lineNumber, message: "the \(Self.columns[column]) field is empty; fill it in")
        }
        return value
      }
      let id = try required(0)
      guard seenIDs.insert(id).inserted else {
        throw ClaimsDataError(file: file, line: lineNumber, message: "duplicate claim id \(id); give it a unique id")
      }
      guard let number = Int(try required(1)) else {
        throw ClaimsDataError(
          file: file, line: lineNumber, message: "number \(fields[1]) is not a whole number; use the MEDIA_CLAIMS.md row number")
      }
      func category(_ column: Int) throws -> ClaimCategory {
        guard let category = ClaimCategory(rawValue: fields[column].trimmedOfWhitespace) else {
          let valid = ClaimCategory.allCases.map(\.rawValue).joined(separator: ", ")
          throw ClaimsDataError(
            file: file, line: lineNumber,
            message: "unknown category \"\(fields[column])\" in \(Self.columns[column]); use one of \(valid)")
        }
        return category
      }
      let url = fields[3].trimmedOfWhitespace
      claims.append(
        CatalogueClaim(
          id: id,
          number: number,
          outlet: try required(2),
          url: url.isEmpty ? nil : url,
          date: try required(4),
          category: try category(5),
          secondaryCategory: fields[6].trimmedOfWhitespace.isEmpty ? nil : try category(6),
          claim: try required(7),
          studySays: try required(8),
          location: try required(9),
          citationTopic: try required(10)))
    }
    guard sawHeader else {
      throw ClaimsDataError(file: file, line: 0, message: "no header line found; the file must start with the column names")
    }
    self.claims = claims
  }

  /// Claims whose main category is `category`.
  public func claims(in category: ClaimCategory) -> [CatalogueClaim] {
    claims.filter { $0.category == category }
  }

  /// Claims that carry `category` as their main or second category.
  public func claims(tagged category: ClaimCategory) -> [CatalogueClaim] {
    claims.filter { $0.category == category || $0.secondaryCategory == category }
  }

  /// The claim with this id, or with this MEDIA_CLAIMS.md row number (`7` or `#7`).
  public func claim(id: String) -> CatalogueClaim? {
    let key = id.trimmedOfWhitespace.lowercased()
    if let claim = claims.first(where: { $0.id == key }) { return claim }
    let digits = key.hasPrefix("#") ? String(key.dropFirst()) : key
    guard let number = Int(digits) else { return nil }
    return claims.first { $0.number == number }
  }

  /// Ids close to `text`, for "did you mean" messages.
  public func suggestions(for text: String) -> [String] {
    let key = text.lowercased()
    return claims.map(\.id).filter { $0.contains(key) || key.contains($0) }
  }

  /// The catalogue shipped with the program.
  public static func bundled() throws -> ClaimsCatalogue {
    try bundledResult.get()
  }

  private static let bundledResult: Result<ClaimsCatalogue, ClaimsDataError> = loadBundled()

  private static func loadBundled() -> Result<ClaimsCatalogue, ClaimsDataError> {
    do {
      return .success(try ClaimsCatalogue(tsv: String(decoding: PackageResources.claims_tsv, as: UTF8.self)))
    } catch let error as ClaimsDataError {
      return .failure(error)
    } catch {
      return .failure(ClaimsDataError(file: "claims.tsv", line: 0, message: "could not be read: \(error)"))
    }
  }
}
