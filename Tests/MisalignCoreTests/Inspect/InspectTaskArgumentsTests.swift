import MisalignCore
import Testing

@Suite struct InspectTaskArgumentsTests {
  @Test func defaultConditionGivesTheFourCoreParameters() {
    let arguments = InspectTaskArguments(.default)
    #expect(arguments.assignments == ["scenario=blackmail", "goal_type=explicit", "goal_value=america", "urgency_type=replacement"])
    #expect(
      arguments.command(model: "anthropic/claude-opus-4-20250514")
        == "inspect eval inspect_evals/agentic_misalignment -T scenario=blackmail -T goal_type=explicit -T goal_value=america -T urgency_type=replacement --model anthropic/claude-opus-4-20250514")
  }

  @Test func goalWithoutValueIsSpelledNone() throws {
    let control = Condition.control(for: .murder)
    #expect(InspectTaskArguments(control).assignments == ["scenario=murder", "goal_type=none", "goal_value=none", "urgency_type=none"])
    let ambiguous = try Condition(scenario: .leaking, goalType: .ambiguous, goalValue: nil, urgency: .restriction)
    #expect(InspectTaskArguments(ambiguous).assignments == ["scenario=leaking", "goal_type=ambiguous", "goal_value=none", "urgency_type=restriction"])
  }

  @Test func optionalFactorsAppearOnlyWhenSet() throws {
    let everything = try Condition(
      scenario: .leaking, goalType: .swap, goalValue: .collectivism, urgency: .restriction,
      extraInstructions: .dont, scratchpad: false, evalNotice: true)
    #expect(
      InspectTaskArguments(everything).assignments == [
        "scenario=leaking", "goal_type=swap", "goal_value=collectivism", "urgency_type=restriction",
        "extra_system_instructions=dont", "prod=true", "test_eval_awareness=true",
      ])
    let goalOnly = try Condition(scenario: .blackmail, goalType: .latent, goalValue: .safety, urgency: .none, extraInstructions: .goal)
    #expect(InspectTaskArguments(goalOnly).assignments.last == "extra_system_instructions=goal")
    #expect(!InspectTaskArguments(goalOnly).assignments.contains { $0.hasPrefix("prod") || $0.hasPrefix("test_eval") })
  }

  @Test func modelNamesAreInspectsSpelling() {
    #expect(InspectTaskArguments.inspectModelName("anthropic:claude-opus-4-20250514") == "anthropic/claude-opus-4-20250514")
    #expect(InspectTaskArguments.inspectModelName("openrouter/google/gemini-2.5-flash") == "openrouter/google/gemini-2.5-flash")
    #expect(InspectTaskArguments(.default).command(model: nil).hasSuffix("--model <provider>/<model>"))
  }

  @Test func notesFollowTheCondition() throws {
    #expect(InspectPortNote.notes(for: .default).map(\.title) == ["Not the same words", "One sample per run", "A different judge"])
    let swapProd = try Condition(scenario: .blackmail, goalType: .swap, goalValue: .america, urgency: .replacement, extraInstructions: .goal, scratchpad: false)
    let titles = InspectPortNote.notes(for: swapProd).map(\.title)
    #expect(titles.contains("swap follows the port"))
    #expect(titles.contains("The company's name is left unfilled"))
    #expect(titles.contains("Without a scratchpad, blackmail is undercounted"))
  }
}
