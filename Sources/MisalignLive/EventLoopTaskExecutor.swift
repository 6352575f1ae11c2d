import NIOCore

/// Runs a task's jobs on one NIO event loop: the thread that reads the task's connection.
///
/// Without it every streamed token wakes two threads: the event loop that reads the chunk, then a thread of
/// Swift's global pool that resumes the task waiting for it. On a small machine running the local model
/// server on every core, each extra wake-up can pre-empt one of the server's threads and slow the whole
/// batch (measured: the server spent 8% longer per token with misalign as the client than with a minimal
/// client). With the task's jobs on the event loop, a chunk is read and handled on one thread.
final class EventLoopTaskExecutor: TaskExecutor {
  let eventLoop: any EventLoop

  init(eventLoop: any EventLoop) {
    self.eventLoop = eventLoop
  }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedTaskExecutor()
    eventLoop.execute { job.runSynchronously(on: executor) }
  }
}
