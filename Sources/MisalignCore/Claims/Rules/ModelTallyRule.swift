/// Checks a count of models against a threshold ("only three of the ten models on the lethal chart stayed
/// below 50%", "12 of 16 models blackmailed more than half the time") by counting the chart's bars.
struct ModelTallyRule: ClaimRule {
  let id = "model-tally"

  func evaluate(_ claim: RecognisedClaim, results: ResultLookup) -> [ClaimFinding] {
    guard let tally = Self.tally(in: claim), claim.scenarios.count <= 1 else { return [] }
    let (share, bound) = tally
    guard let count = share.count, let threshold = bound.percent else { return [] }
    let scenario = claim.scenarios.first ?? .blackmail
    let setting = ClaimedSetting(claim)
    guard setting.variants.isEmpty else { return [] }
    let chart = RankRule.chart(scenario, setting, results)
    guard chart.count >= 5 else { return [] }
    let passing = chart.filter { bound.hedge.admits(published: $0.rate, claimed: threshold) }
    let condition = "\(bound.hedge.label) \(ResultText.amount(bound))"
    let named = claim.studiedModels
    var problems: [String] = []
    if passing.count != count { problems.append("\(passing.count), not \(count), of the chart's models have a rate \(condition)") }
    if let total = share.total, total != chart.count { problems.append("the chart has \(chart.count) models, not \(total)") }
    let namedOutside = named.filter { model in !passing.contains { $0.model.id == model.id } }
    if !namedOutside.isEmpty { problems.append("\(ResultText.names(namedOutside)) is not among them") }
    let shown = Array(passing.prefix(6))
    if problems.isEmpty {
      return [ClaimFinding(
        rule: id, .accurate,
        "\(count) of the \(chart.count) models in that setting have a rate \(condition): \(ResultText.list(shown)).",
        results: shown, cite: chart.first.map { [$0.id] } ?? [])]
    }
    return [ClaimFinding(
      rule: id, .misattributed,
      "Counting the \(chart.count) bars of that chart, \(problems.joined(separator: "; ")). Those with a rate \(condition): \(passing.isEmpty ? "none" : ResultText.list(shown)).",
      results: shown, cite: chart.first.map { [$0.id] } ?? [])]
  }

  /// A share of models with a whole count ("three of the ten models") and a bounded rate after it ("below 50%").
  static func tally(in claim: RecognisedClaim) -> (share: RecognisedQuantity, bound: RecognisedQuantity)? {
    guard let share = claim.quantities.first(where: { $0.isShareOfModels && $0.count != nil }),
      let bound = claim.rates.first(where: {
        !$0.isShareOfModels && [.over, .under, .atLeast].contains($0.hedge) && $0.words.lowerBound > share.words.lowerBound
      })
    else { return nil }
    return (share, bound)
  }
}
