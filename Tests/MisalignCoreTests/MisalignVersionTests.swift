import Testing
@testable import MisalignCore

@Test func versionIsSemantic() {
  #expect(MisalignVersion.string.split(separator: ".").count == 3)
}
