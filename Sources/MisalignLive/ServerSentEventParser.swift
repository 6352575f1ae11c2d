// Vendored from mattt/EventSource 1.1.1 (Sources/EventSource/EventSource.swift, `EventSource.Parser` and
// `EventSource.Event`), Copyright Mattt, Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0).
// Changes: the parser is a struct with mutating methods instead of an actor (one actor hop per byte is
// needless inside one task), and the types are renamed. The package itself cannot be a dependency here:
// 1.1.1 calls URLSession.bytes, which FoundationNetworking on Linux lacks, so it does not compile.

/// One Server-Sent Event: its id, event name, data and retry interval.
struct ServerSentEvent: Hashable, Sendable {
  /// The event ID, if the server gave one.
  let id: String?
  /// The event type from `event:`; nil means the default type `message`.
  let event: String?
  /// All `data:` lines of the event joined with newlines.
  let data: String
  /// The reconnection interval in milliseconds from `retry:`.
  let retry: Int?
}

/// Incrementally parses a stream of bytes into Server-Sent Events (the WHATWG event-stream format).
struct ServerSentEventParser {
  private var currentEventId: String? = nil
  private var currentEventType: String? = nil
  private var currentData: String = ""
  private var currentRetry: Int? = nil
  private var lastEventId: String = ""
  private var reconnectionTime: Int = 3000
  private var lineBuffer: [UInt8] = []
  private var sawCR = false
  private var eventQueue: [ServerSentEvent] = []
  private var seenFields: Set<String> = []

  init() {}

  /// Processes a single byte from the event stream.
  mutating func consume(_ byte: UInt8) {
    if byte == 0x0A {  // LF
      if sawCR {
        // CR+LF: the line was already processed at CR.
        sawCR = false
      } else {
        let line = processLineBuffer()
        handleLine(line)
      }
    } else if byte == 0x0D {  // CR
      let line = processLineBuffer()
      handleLine(line)
      sawCR = true
    } else {
      if sawCR {
        sawCR = false
      }
      lineBuffer.append(byte)
    }
  }

  private mutating func processLineBuffer() -> String {
    // A UTF-8 byte-order mark at the start of a line is skipped.
    if lineBuffer.count >= 3, lineBuffer.prefix(3) == [0xEF, 0xBB, 0xBF] {
      lineBuffer.removeFirst(3)
    }
    // Invalid UTF-8 becomes the replacement character rather than failing the stream.
    let line = String(decoding: lineBuffer, as: UTF8.self)
    lineBuffer.removeAll(keepingCapacity: true)
    return line
  }

  private mutating func handleLine(_ line: String) {
    if line.isEmpty {
      dispatchEvent()
      seenFields.removeAll()
      return
    }
    if line.hasPrefix(":") {
      return
    }
    var fieldName = line
    var fieldValue = ""
    if let colonIndex = line.firstIndex(of: ":") {
      fieldName = String(line[..<colonIndex])
      fieldValue = String(line[line.index(after: colonIndex)...])
      if fieldValue.hasPrefix(" ") {
        fieldValue.removeFirst()
      }
    }
    switch fieldName {
    case "event":
      currentEventType = fieldValue
      seenFields.insert("event")
    case "data":
      if !currentData.isEmpty {
        currentData.append("\n")
      }
      currentData.append(fieldValue)
      seenFields.insert("data")
    case "id":
      if !fieldValue.contains("\0") {
        currentEventId = fieldValue
        lastEventId = fieldValue
      }
      seenFields.insert("id")
    case "retry":
      if let milliseconds = Int(fieldValue), milliseconds > 0 {
        reconnectionTime = milliseconds
        currentRetry = milliseconds
      }
      seenFields.insert("retry")
    default:
      break
    }
  }

  private mutating func dispatchEvent() {
    let isDataField = currentData.isEmpty && seenFields.contains("data")
    let isRetryOnly = currentData.isEmpty && currentEventId == nil && currentEventType == nil && !isDataField
    defer {
      currentEventType = nil
      currentData = ""
      currentEventId = nil
      currentRetry = nil
    }
    guard !isRetryOnly else {
      return
    }
    eventQueue.append(ServerSentEvent(id: currentEventId, event: currentEventType, data: currentData, retry: currentRetry))
  }

  /// The next complete event, if one is queued.
  mutating func getNextEvent() -> ServerSentEvent? {
    eventQueue.isEmpty ? nil : eventQueue.removeFirst()
  }

  /// Completes parsing at the end of the stream, dispatching a last event left without its blank line.
  mutating func finish() {
    if sawCR {
      let line = processLineBuffer()
      handleLine(line)
      sawCR = false
    }
    if !lineBuffer.isEmpty {
      let line = processLineBuffer()
      handleLine(line)
    }
    if !currentData.isEmpty || currentEventId != nil || currentEventType != nil {
      handleLine("")
    }
  }
}
