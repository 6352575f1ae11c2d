/// A document made from what the learner saw, independent of how it is written out: the Markdown
/// and HTML writers render the same blocks, so both files say the same thing.
struct Handout: Equatable {
  /// One bar of a chart: a rate in percent with its 95% interval where the sample size is known.
  struct Bar: Equatable {
    var label: String
    var rate: Double
    var rateText: String
    var lower: Double?
    var upper: Double?
  }

  enum Block: Equatable {
    case heading(String)
    case paragraph(String)
    /// A table; every row has as many cells as the header.
    case table(header: [String], rows: [[String]])
    case barChart(title: String, bars: [Bar])
    /// Text kept exactly as it is (a prompt, a session log).
    case preformatted(String)
    /// A list of sources: what each is and where to find it.
    case sources([(id: String, title: String, url: String?)])

    static func == (lhs: Block, rhs: Block) -> Bool {
      switch (lhs, rhs) {
      case (.heading(let a), .heading(let b)), (.paragraph(let a), .paragraph(let b)), (.preformatted(let a), .preformatted(let b)):
        return a == b
      case (.table(let h1, let r1), .table(let h2, let r2)): return h1 == h2 && r1 == r2
      case (.barChart(let t1, let b1), .barChart(let t2, let b2)): return t1 == t2 && b1 == b2
      case (.sources(let a), .sources(let b)):
        return a.map(\.id) == b.map(\.id) && a.map(\.title) == b.map(\.title) && a.map(\.url) == b.map(\.url)
      default: return false
      }
    }
  }

  var title: String
  /// A line under the title: where the content comes from and when it was made.
  var subtitle: String
  var blocks: [Block]
}
