import Testing
@testable import MisalignCore

/// The fast phrase scan (byte-pair and hashed-triple filters, last-byte check) must find exactly what a
/// plain search finds, and normalising in place must give the bytes the rules were written for.
@Suite struct MatchTextTests {
  /// A small deterministic generator, so a failure names a reproducible case.
  struct Mix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static let alphabet = Array("ab c.'\u{2019}\u{2014}\tA\nBé".unicodeScalars.map(String.init))

  static func randomText(_ mix: inout Mix, length: Int) -> String {
    (0..<length).map { _ in alphabet[mix.next(alphabet.count)] }.joined()
  }

  /// Every (needle, offset) a plain search of the normalised text finds.
  static func plainOccurrences(_ needles: [String], in text: MatchText) -> Set<[Int]> {
    var found = Set<[Int]>()
    for (index, phrase) in needles.enumerated() {
      let needle = MatchText.normalize(Array(phrase.utf8))
      guard !needle.isEmpty, needle.count <= text.bytes.count else { continue }
      for offset in 0...(text.bytes.count - needle.count)
      where Array(text.bytes[offset..<(offset + needle.count)]) == needle {
        found.insert([index, offset])
      }
    }
    return found
  }

  @Test(arguments: [1, 2, 3])
  func scanFindsWhatAPlainSearchFinds(seed: UInt64) {
    var mix = Mix(state: seed)
    for round in 0..<300 {
      // Lists with and without one-byte needles (which turn the triple filter off), short and long.
      let needles = (0..<(1 + mix.next(12))).map { _ in
        MatchTextTests.randomText(&mix, length: 1 + mix.next(round % 3 == 0 ? 2 : 6))
      }.filter { !MatchText.normalize(Array($0.utf8)).isEmpty }
      guard !needles.isEmpty else { continue }
      let list = Needles(needles)
      let text = MatchText(MatchTextTests.randomText(&mix, length: mix.next(40)))
      let expected = MatchTextTests.plainOccurrences(needles, in: text)
      let found = Set(text.occurrences(list).map { [$0.needle, $0.offset] })
      #expect(found == expected, "seed \(seed) round \(round): \(needles) in \(text.bytes)")
      #expect(text.containsAny(list) == !expected.isEmpty)
      let seen = text.presence(list)
      for index in needles.indices {
        #expect(seen[index] == expected.contains { $0[0] == index }, "seed \(seed) round \(round): \(needles[index])")
      }
    }
  }

  @Test func needlesAtTheVeryEndAreFound() {
    // The last two positions fall back from the triple filter to the pair filter and the one-byte list.
    let text = MatchText("we will not do it")
    #expect(text.matches(Needles(["it", "do it", "will"])) == ["it", "do it", "will"])
    #expect(text.matches(Needles(["t"])) == ["t"])
    #expect(MatchText("x").matches(Needles(["x", "xy"])) == ["x"])
    #expect(MatchText("").matches(Needles(["a"])).isEmpty)
  }

  @Test func sharedPrefixesAreToldApartByTheirLastByte() {
    let list = Needles(["personal situation", "personal matter", "personal life", "personal"])
    #expect(MatchText("Your Personal  Matter.").matches(list) == ["personal matter", "personal"])
    #expect(MatchText("a personal lift").matches(list) == ["personal"])
  }

  @Test func normalisingFoldsCaseQuotesDashesAndSpaceRuns() {
    let text = MatchText("  Kyle\u{2019}s  \t\r\nAFFAIR \u{2014} \u{201C}Jessica\u{201D}\n")
    #expect(String(decoding: text.bytes, as: UTF8.self) == "kyle's affair - \"jessica\"")
    // Joined texts meet at one space, and a substring normalises like the string.
    #expect(String(decoding: MatchText(joining: ["A  ", " B", ""]).bytes, as: UTF8.self) == "a b")
    let whole = "Say  \u{201C}NO\u{201D}"
    #expect(MatchText(whole.dropFirst(0)).bytes == MatchText(whole).bytes)
    // An E2 byte that starts some other character is kept as written.
    #expect(String(decoding: MatchText("a\u{2026}B").bytes, as: UTF8.self) == "a\u{2026}b")
  }
}
