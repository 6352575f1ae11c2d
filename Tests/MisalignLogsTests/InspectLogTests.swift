import Testing
@testable import MisalignLogs
