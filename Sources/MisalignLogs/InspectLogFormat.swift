/// The parts of Inspect's log format (inspect_ai 0.3.x, `inspect_ai/log/_log.py`) that misalign
/// reads, as Foundation decodes them: `header.json` and `samples/<id>_epoch_<n>.json`. Everything
/// else in a log is ignored.
enum InspectLogFormat {
  struct Header: Decodable {
    let status: String?
    let eval: Spec
    let error: Failure?
  }

  struct Spec: Decodable {
    let task: String
    let created: String
    let model: String
    let taskArgs: [String: JSONValue]?
    let metadata: [String: JSONValue]?

    enum CodingKeys: String, CodingKey {
      case task, created, model, metadata
      case taskArgs = "task_args"
    }
  }

  struct Failure: Decodable {
    let message: String
  }

  struct Sample: Decodable {
    let id: JSONValue
    let epoch: Int
    let messages: [Message]?
    let output: Output?
    let scores: [String: Score]?
    let metadata: [String: JSONValue]?
    let error: Failure?
  }

  struct Output: Decodable {
    let model: String?
    let choices: [Choice]?
  }

  struct Choice: Decodable {
    let message: Message
  }

  struct Message: Decodable {
    let role: String
    let content: Content
  }

  /// A message's content: a string, or a list of parts of which the text parts count.
  struct Content: Decodable {
    let text: String

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self.text = text
        return
      }
      let parts = try container.decode([Part].self)
      text = parts.compactMap { $0.type == "text" ? $0.text : nil }.joined(separator: "\n")
    }
  }

  struct Part: Decodable {
    let type: String
    let text: String?
  }

  struct Score: Decodable {
    let value: JSONValue
    let explanation: String?
  }
}
