import Testing
@testable import MisalignCore

/// The embedded results.tsv, checked row by row, and the loader's errors on broken input.
struct ResultsFileValidationTests {
  static let header = "id\tmodel\tscenario\tcondition\tvariant\trate\tn\tfigure\tstatus\tsource\tnote"
  static let goodRow = "fig7-claude-opus-4\tclaude-opus-4\tblackmail\tblackmail_explicit-america_replacement\t\t96\t100\tFigure 7\ttext\tP1\tnamed in the text"

  static var bundledText: String { String(decoding: PackageResources.results_tsv, as: UTF8.self) }

  @Test func bundledFileLoads() throws {
    let results = try PublishedResults.bundled()
    #expect(results.all.count > 100)
  }

  @Test func everyLineHasElevenColumns() {
    let lines = Self.bundledText.split(separator: "\n")
    for (index, line) in lines.enumerated() {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 11, "line \(index + 1)")
    }
  }

  @Test func everyRowIsWithinRange() throws {
    for row in try PublishedResults.bundled().all {
      #expect((0...100).contains(row.rate), "\(row.id)")
      if let n = row.sampleSize { #expect(n > 0, "\(row.id)") }
      #expect(ModelCatalogue.model(id: row.model.id) != nil, "\(row.id)")
      #expect(!row.sources.isEmpty && !row.figure.isEmpty, "\(row.id)")
      if let conditionID = row.conditionID {
        #expect(conditionID.hasPrefix(row.scenario.rawValue + "_"), "\(row.id)")
      }
    }
  }

  @Test func sampleSizesAreThoseTheStudyUses() throws {
    let sizes = Set(try PublishedResults.bundled().all.compactMap(\.sampleSize))
    #expect(sizes == [100, 500])
  }

  @Test func wholePercentagesExceptTheFiveHundredSampleExperiment() throws {
    // Every rate out of 100 samples is a whole number; only the n = 500 experiment has decimals.
    for row in try PublishedResults.bundled().all where row.rateText.contains(".") {
      #expect(row.variant?.hasPrefix("eval-notice:") == true, "\(row.id) has a decimal rate")
    }
  }

  @Test func statusTokensAreTheFourKnownOnes() {
    for line in Self.bundledText.split(separator: "\n").dropFirst() {
      let status = line.split(separator: "\t", omittingEmptySubsequences: false)[8]
      #expect(ResultStatus(rawValue: String(status)) != nil, "\(line)")
    }
  }

  @Test func rowsParseFromText() throws {
    let results = try PublishedResults(parsing: Self.header + "\n" + Self.goodRow + "\n")
    #expect(results.all.count == 1)
    #expect(results.all[0].line == 2)
  }

  struct BrokenRow: Sendable, CustomTestStringConvertible {
    let row: String
    let column: Int?
    let mentions: String
    var testDescription: String { mentions }
  }

  @Test(arguments: [
    BrokenRow(row: "x\tclaude-opus-4\tblackmail", column: nil, mentions: "3 tab-separated fields"),
    BrokenRow(row: goodRow.replacingFirst("\tclaude-opus-4\t", with: "\tClaude Opus 4\t"), column: 2, mentions: "did you mean claude-opus-4"),
    BrokenRow(row: goodRow.replacingFirst("\tblackmail\t", with: "\tespionage\t"), column: 3, mentions: "unknown scenario"),
    BrokenRow(row: goodRow.replacingFirst("explicit-america", with: "explicit-mars"), column: 4, mentions: "unknown goal value"),
    BrokenRow(row: goodRow.replacingFirst("\tblackmail\t", with: "\tleaking\t"), column: 4, mentions: "blackmail condition"),
    BrokenRow(row: goodRow.replacingFirst("\t96\t", with: "\t96%\t"), column: 6, mentions: "not a percentage"),
    BrokenRow(row: goodRow.replacingFirst("\t96\t", with: "\t101\t"), column: 6, mentions: "not a percentage"),
    BrokenRow(row: goodRow.replacingFirst("\t100\t", with: "\t0\t"), column: 7, mentions: "not a positive whole number"),
    BrokenRow(row: goodRow.replacingFirst("\ttext\t", with: "\tconfirmed\t"), column: 9, mentions: "unknown status"),
    BrokenRow(row: goodRow.replacingFirst("\tP1\t", with: "\tWikipedia\t"), column: 10, mentions: "unknown source"),
    BrokenRow(row: goodRow.replacingFirst("blackmail_explicit-america_replacement\t", with: "\t"), column: 5, mentions: "neither a condition nor a variant"),
  ])
  func brokenRowsAreReportedWithLineAndColumn(_ broken: BrokenRow) {
    do {
      _ = try PublishedResults(parsing: Self.header + "\n" + Self.goodRow + "\n" + broken.row, file: "test.tsv")
      Issue.record("expected an error for: \(broken.mentions)")
    } catch {
      #expect(error.line == 3)
      #expect(error.column == broken.column)
      #expect(error.description.hasPrefix("test.tsv:3"))
      #expect(error.description.contains(broken.mentions), "\(error.description)")
    }
  }

  @Test func duplicateIDNamesTheFirstLine() {
    #expect {
      try PublishedResults(parsing: Self.header + "\n" + Self.goodRow + "\n" + Self.goodRow)
    } throws: { error in
      (error as? ResultsFileError)?.description.contains("already used on line 2") == true
    }
  }

  @Test func wrongHeaderIsReportedOnLineOne() {
    #expect {
      try PublishedResults(parsing: "id\tmodel\n" + Self.goodRow)
    } throws: { error in
      (error as? ResultsFileError)?.line == 1
    }
  }
}

extension String {
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    replacing(target, with: replacement, maxReplacements: 1)
  }
}
