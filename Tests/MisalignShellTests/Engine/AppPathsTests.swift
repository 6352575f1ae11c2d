import Testing
@testable import MisalignShell

@Suite struct AppPathsTests {
  @Test func followsXDGWithDefaults() {
    let defaults = AppPaths(environment: ["HOME": "/home/ada"])
    #expect(defaults.historyFile == "/home/ada/.local/state/misalign/history")
    #expect(defaults.dataDirectory == "/home/ada/.local/share/misalign")
    let custom = AppPaths(environment: ["HOME": "/home/ada", "XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c"])
    #expect(custom.historyFile == "/s/misalign/history")
    #expect(custom.dataDirectory == "/d/misalign")
    #expect(custom.configDirectory == "/c/misalign")
  }

  @Test func relativeXDGValuesAreIgnoredAsTheSpecSays() {
    #expect(AppPaths(environment: ["HOME": "/h", "XDG_STATE_HOME": "rel"]).stateDirectory == "/h/.local/state/misalign")
  }
}
