import Testing

@testable import MisalignCore

struct ClaimsCatalogueTests {
  @Test func everyClaimIsComplete() throws {
    let catalogue = try ClaimsCatalogue.bundled()
    #expect(catalogue.claims.count == 44)
    for claim in catalogue.claims {
      #expect(!claim.outlet.isEmpty, "\(claim.id) has no outlet")
      #expect(!claim.date.isEmpty, "\(claim.id) has no date")
      #expect(!claim.claim.isEmpty && !claim.studySays.isEmpty && !claim.location.isEmpty, "\(claim.id) is incomplete")
      #expect(claim.url.map { $0.hasPrefix("https://") } ?? true, "\(claim.id) has a malformed url")
      #expect(claim.secondaryCategory != claim.category, "\(claim.id) repeats its category")
    }
    #expect(Set(catalogue.claims.map(\.id)).count == catalogue.claims.count)
    #expect(Set(catalogue.claims.map(\.number)).count == catalogue.claims.count)
  }

  @Test func everyCategoryHasClaims() throws {
    let catalogue = try ClaimsCatalogue.bundled()
    for category in ClaimCategory.allCases {
      #expect(!catalogue.claims(in: category).isEmpty, "no claims in \(category.rawValue)")
    }
    // The 44 rows of MEDIA_CLAIMS.md §2 by first tag: 9 MIS, 12 NIS, 9 EXG, 6 AC, 4 A, 4 ANTH.
    #expect(catalogue.claims(in: .misattributed).count == 9)
    #expect(catalogue.claims(in: .notInStudy).count == 12)
    #expect(catalogue.claims(tagged: .misattributed).count > catalogue.claims(in: .misattributed).count)
  }

  @Test func everyCitationTopicResolves() throws {
    for claim in try ClaimsCatalogue.bundled().claims {
      #expect(throws: Never.self, "\(claim.id)") { try Citation.for(topic: claim.citationTopic) }
    }
  }

  @Test func everyPercentageInStudySaysIsPublished() throws {
    // Numbers in the "what the study says" column must be ones the results data carries.
    let results = try PublishedResults.bundled()
    for claim in try ClaimsCatalogue.bundled().claims {
      for rate in ClaimRecogniser.recognise(claim.studySays).rates where rate.kind == .percentage {
        let percent = try #require(rate.percent)
        #expect(results.isPublishedPercentage(percent), "\(claim.id): \(rate.text) is not in results.tsv")
      }
    }
  }

  @Test func findsByIDOrNumber() throws {
    let catalogue = try ClaimsCatalogue.bundled()
    #expect(catalogue.claim(id: "96-percent-of-models")?.number == 1)
    #expect(catalogue.claim(id: "#56")?.id == "smarter-models-worse")
    #expect(catalogue.claim(id: "7")?.category == .misattributed)
    #expect(catalogue.claim(id: "no-such-claim") == nil)
  }

  @Test func reportsBadRowsWithFileAndLine() {
    let header = "id\tnumber\toutlet\turl\tdate\tcategory\talso\tclaim\tstudy_says\twhere\ttopic"
    let badCategory = header + "\nx\t1\tOutlet\t\tn.d.\tmisleading\t\tA claim\tThe study\tFigure 7\tfigure-7\n"
    #expect(throws: ClaimsDataError(
      file: "test.tsv", line: 2,
      message: "unknown category \"misleading\" in category; use one of accurate, missing-context, misattributed, exaggerated, not-in-study, anthropomorphising"
    )) { try ClaimsCatalogue(tsv: badCategory, file: "test.tsv") }
    let shortRow = "# comment\n" + header + "\nx\t1\tOutlet\n"
    #expect(throws: ClaimsDataError.self) { try ClaimsCatalogue(tsv: shortRow) }
    do {
      _ = try ClaimsCatalogue(tsv: shortRow, file: "short.tsv")
    } catch {
      #expect("\(error)".hasPrefix("short.tsv:3:"))
    }
  }

  @Test func parsesCategoryShortForms() {
    #expect(ClaimCategory(parsing: "MIS") == .misattributed)
    #expect(ClaimCategory(parsing: "missing-context") == .missingContext)
    #expect(ClaimCategory(parsing: " nis ") == .notInStudy)
    #expect(ClaimCategory(parsing: "misleading") == nil)
  }
}

/// The checker never looks at the catalogue to decide; run over the catalogue's own paraphrases, it should
/// still mostly agree with the hand-made categories and must never call a catalogued error accurate.
struct CatalogueAgreementTests {
  @Test func checkerAgreesWithTheCatalogueOnMostParaphrases() throws {
    let checker = try ClaimChecker.bundled()
    let claims = try ClaimsCatalogue.bundled().claims
    var agreeing = 0
    for claim in claims {
      let verdict = checker.check(claim.claim).verdict
      if verdict == .category(claim.category) || claim.secondaryCategory.map({ verdict == .category($0) }) == true {
        agreeing += 1
      }
      let catalogued = [claim.category] + (claim.secondaryCategory.map { [$0] } ?? [])
      if catalogued.allSatisfy({ $0 != .accurate && $0 != .missingContext }) {
        #expect(verdict != .category(.accurate), "\(claim.id) is a catalogued error but was called accurate")
      }
    }
    #expect(agreeing >= 30, "only \(agreeing) of \(claims.count) agree")
  }

  @Test func relatedClaimsComeFromSharedEntities() throws {
    let check = ClaimChecker.check("Claude Sonnet 3.6 blackmailed in 96 percent of its runs")
    #expect(check.related.contains { $0.id == "sonnet-36-up-to-96" })
    #expect(check.verdict == .category(.misattributed))
    #expect(ClaimChecker.check("Claude is the most helpful assistant on the market").related.isEmpty)
  }
}
