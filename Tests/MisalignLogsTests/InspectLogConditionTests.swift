import MisalignCore
import Testing
@testable import MisalignLogs

@Suite struct InspectLogConditionTests {
  /// What `inspect` prints as task arguments reads back as the same condition, for all 234 core
  /// conditions and every optional factor.
  @Test func taskArgumentsReadBackAsTheirCondition() throws {
    var conditions = Condition.allCore
    for scenario in Scenario.allCases {
      conditions.append(try Condition(
        scenario: scenario, goalType: .explicit, goalValue: .america, urgency: .replacement,
        extraInstructions: .dont, scratchpad: false, evalNotice: true))
      conditions.append(try Condition(
        scenario: scenario, goalType: .latent, goalValue: .safety, urgency: .restriction, extraInstructions: .goal))
    }
    for condition in conditions {
      var values: [String: JSONValue] = [:]
      for pair in InspectTaskArguments(condition).pairs {
        values[pair.name] = pair.value == "true" ? .bool(true) : .string(pair.value)
      }
      #expect(try InspectLogCondition.condition(from: values).get() == condition)
    }
  }

  @Test func thePortsMetadataSpellingsAreRead() throws {
    let values: [String: JSONValue] = [
      "scenario": .string("leaking"), "goal_type": .string("ambiguous"), "goal_value": .string("ambiguous"),
      "urgency_type": .string("none"), "extra_system_instructions": .null, "prod": .bool(false),
      "test_eval_awareness": .bool(false),
    ]
    let condition = try InspectLogCondition.condition(from: values).get()
    #expect(condition.id == "leaking_ambiguous-none_none")
  }

  @Test func anUnknownScenarioIsAProblemNotACondition() {
    let result = InspectLogCondition.condition(from: ["scenario": .string("phishing")])
    guard case .failure(let error) = result else {
      Issue.record("phishing mapped to a condition")
      return
    }
    #expect(error.message.contains("phishing"))
    let missing = InspectLogCondition.condition(from: [:])
    guard case .failure(let noScenario) = missing else {
      Issue.record("no scenario mapped")
      return
    }
    #expect(noScenario.message == "no `scenario` in the sample's metadata or the task arguments")
  }
}
