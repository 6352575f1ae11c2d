import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// What the fault server does with one request.
enum FaultPlan: Sendable {
  /// 200 with these SSE frames, each written `gapMilliseconds` after the last; with `cutAfter` the connection
  /// closes after that many frames, before the stream ends.
  case stream(frames: [String], gapMilliseconds: Int = 0, cutAfter: Int? = nil)
  /// A plain response with a status, headers and body.
  case status(Int, headers: [(String, String)] = [], body: String = "")
  /// 200, then one frame every 50 ms for as long as the client listens.
  case endless
  /// Nothing at all until the client gives up.
  case silent
  /// 200 with a reply whose text is the request's headers and body, as a careless proxy might echo them.
  case echo
}

/// One request as the server received it.
struct ReceivedRequest: Sendable {
  let method: String
  let uri: String
  let headers: [(String, String)]
  let body: String

  func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

/// A fault-injecting HTTP/1 server on 127.0.0.1 with a free port, for the live tests. `plan` decides each
/// response from the 1-based request number; the server counts requests and the most in flight at once.
final class FaultServer: Sendable {
  struct Counters {
    var requests: [ReceivedRequest] = []
    var requestTimes: [ContinuousClock.Instant] = []
    var inFlight = 0
    var maxInFlight = 0
  }

  let port: Int
  private let channel: any Channel
  let counters: NIOLockedValueBox<Counters>

  var endpoint: String { "http://127.0.0.1:\(port)" }
  var requests: [ReceivedRequest] { counters.withLockedValue { $0.requests } }
  var maxInFlight: Int { counters.withLockedValue { $0.maxInFlight } }

  private init(port: Int, channel: any Channel, counters: NIOLockedValueBox<Counters>) {
    self.port = port
    self.channel = channel
    self.counters = counters
  }

  /// Starts a server answering each request by `plan(requestNumber)`, after `delayMilliseconds`.
  static func start(delayMilliseconds: Int = 0, plan: @escaping @Sendable (Int) -> FaultPlan) async throws -> FaultServer {
    let counters = NIOLockedValueBox(Counters())
    let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.configureHTTPServerPipeline()
          try channel.pipeline.syncOperations.addHandler(
            FaultHandler(plan: plan, counters: counters, delayMilliseconds: delayMilliseconds))
        }
      }
    let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
    let port = channel.localAddress?.port ?? 0
    return FaultServer(port: port, channel: channel, counters: counters)
  }

  func stop() async {
    try? await channel.close()
  }

  /// A port on 127.0.0.1 that nothing listens on: bound once to learn a free number, then closed.
  static func closedPort() async throws -> Int {
    let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
    let port = channel.localAddress?.port ?? 1
    try await channel.close()
    return port
  }
}

/// Per-connection handler; lives on its channel's event loop only.
private final class FaultHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  let plan: @Sendable (Int) -> FaultPlan
  let counters: NIOLockedValueBox<FaultServer.Counters>
  let delayMilliseconds: Int
  var head: HTTPRequestHead?
  var body = ""
  var repeating: RepeatedTask?
  var active = true

  init(plan: @escaping @Sendable (Int) -> FaultPlan, counters: NIOLockedValueBox<FaultServer.Counters>, delayMilliseconds: Int) {
    self.plan = plan
    self.counters = counters
    self.delayMilliseconds = delayMilliseconds
  }

  func channelInactive(context: ChannelHandlerContext) {
    active = false
    repeating?.cancel()
    context.fireChannelInactive()
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead):
      head = requestHead
      body = ""
    case .body(let buffer):
      body += String(buffer: buffer)
    case .end:
      guard let head else { return }
      let request = ReceivedRequest(
        method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: body)
      let number = counters.withLockedValue { counters in
        counters.requests.append(request)
        counters.requestTimes.append(ContinuousClock().now)
        counters.inFlight += 1
        counters.maxInFlight = max(counters.maxInFlight, counters.inFlight)
        return counters.requests.count
      }
      let chosen = plan(number)
      let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
      context.eventLoop.scheduleTask(in: .milliseconds(Int64(delayMilliseconds))) {
        let (handler, context) = loopBound.value
        handler.respond(chosen, request: request, context: context)
      }
    }
  }

  private func finished() {
    counters.withLockedValue { $0.inFlight -= 1 }
  }

  private func respond(_ plan: FaultPlan, request: ReceivedRequest, context: ChannelHandlerContext) {
    guard active else {
      finished()
      return
    }
    switch plan {
    case .status(let code, let headers, let body):
      var responseHeaders = HTTPHeaders(headers)
      responseHeaders.replaceOrAdd(name: "content-length", value: String(body.utf8.count))
      responseHeaders.replaceOrAdd(name: "connection", value: "close")
      writeHead(code: code, headers: responseHeaders, context: context)
      context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
      finished()
      context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    case .stream(let frames, let gap, let cutAfter):
      writeHead(code: 200, headers: Self.streamHeaders, context: context)
      context.flush()
      writeFrames(frames[...], written: 0, gap: gap, cutAfter: cutAfter, context: context)
    case .endless:
      writeHead(code: 200, headers: Self.streamHeaders, context: context)
      context.flush()
      let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
      repeating = context.eventLoop.scheduleRepeatedTask(initialDelay: .zero, delay: .milliseconds(50)) { _ in
        let (handler, context) = loopBound.value
        let frame = OpenAIFrames.chunk(content: "more ")
        context.writeAndFlush(handler.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: frame)))), promise: nil)
      }
      context.channel.closeFuture.whenComplete { _ in loopBound.value.0.finished() }
    case .echo:
      let echoed = request.headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n\n" + request.body
      respond(.stream(frames: OpenAIFrames.reply([echoed])), request: request, context: context)
    case .silent:
      context.channel.closeFuture.whenComplete { _ in
        self.counters.withLockedValue { $0.inFlight -= 1 }
      }
    }
  }

  private func writeFrames(_ frames: ArraySlice<String>, written: Int, gap: Int, cutAfter: Int?, context: ChannelHandlerContext) {
    guard active else {
      finished()
      return
    }
    if let cutAfter, written >= cutAfter {
      finished()
      context.close(promise: nil)
      return
    }
    guard let frame = frames.first else {
      finished()
      context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
      return
    }
    context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: frame)))), promise: nil)
    let rest = frames.dropFirst()
    let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
    context.eventLoop.scheduleTask(in: .milliseconds(Int64(gap))) {
      let (handler, context) = loopBound.value
      handler.writeFrames(rest, written: written + 1, gap: gap, cutAfter: cutAfter, context: context)
    }
  }

  private func writeHead(code: Int, headers: HTTPHeaders, context: ChannelHandlerContext) {
    let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: code), headers: headers)
    context.write(wrapOutboundOut(.head(head)), promise: nil)
  }

  static let streamHeaders = HTTPHeaders([("content-type", "text/event-stream"), ("cache-control", "no-cache")])
}

/// SSE frames in the OpenAI chat-completions shape, including llama.cpp's extras.
enum OpenAIFrames {
  static func chunk(content: String? = nil, role: String? = nil, finish: String? = nil, extra: String = "") -> String {
    var delta: [String: String] = [:]
    if let content { delta["content"] = content }
    if let role { delta["role"] = role }
    let deltaJSON = String(decoding: (try? JSONSerialization.data(withJSONObject: delta, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
    let finishJSON = finish.map { "\"\($0)\"" } ?? "null"
    return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"served-model\",\"choices\":[{\"index\":0,\"delta\":\(deltaJSON),\"finish_reason\":\(finishJSON)}]\(extra)}\n\n"
  }

  /// A whole reply: an empty role delta first (as llama.cpp sends), the pieces, a finish with usage and timings, [DONE].
  static func reply(_ pieces: [String], finish: String = "stop") -> [String] {
    [chunk(content: "", role: "assistant")] + pieces.map { chunk(content: $0) }
      + [
        chunk(finish: finish, extra: ",\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7},\"timings\":{\"predicted_ms\":3.5}"),
        "data: [DONE]\n\n",
      ]
  }
}

/// SSE frames in the Anthropic Messages shape.
enum AnthropicFrames {
  static func reply(_ pieces: [String], thinking: [String] = [], stopReason: String = "end_turn") -> [String] {
    var frames = [
      "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-served-1\",\"usage\":{\"input_tokens\":20,\"output_tokens\":1}}}\n\n",
      "event: ping\ndata: {\"type\":\"ping\"}\n\n",
    ]
    for piece in thinking {
      frames.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"thinking_delta\",\"thinking\":\(json(piece))}}\n\n")
    }
    for piece in pieces {
      frames.append("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"text_delta\",\"text\":\(json(piece))}}\n\n")
    }
    frames.append("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"\(stopReason)\"},\"usage\":{\"output_tokens\":9}}\n\n")
    frames.append("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
    return frames
  }

  static func json(_ text: String) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: [text], options: [])) ?? Data("[\"\"]".utf8), as: UTF8.self)
      .dropFirst().dropLast().description
  }
}
