import MisalignCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `variant`: the learner changes the current condition's world (drops or rewrites an email) and compares it with the
/// study's. Nothing the study published applies to a variant, and every view of results says so.
enum VariantCommands {
  static let all: [CommandSpec] = [variant]

  static let actions = ["drop", "edit", "list", "reset"]

  static let variant = CommandSpec(
    "variant", area: .study, synopsis: "<drop|edit|list|reset> [n|id]",
    summary: "Change the current condition's emails: drop one, rewrite one, compare with `diff`",
    details: "`variant drop <n|id>` leaves an email out of the current condition's inbox (by its number in `inbox` or its id); `variant edit <n|id>` opens a copy of it in $VISUAL or $EDITOR, in the format of the Scenarios/ files, and uses what you save. `variant list` shows the changes, `diff` (without arguments) shows them against the study's prompt, and `variant reset` goes back to the study's emails. A variant belongs to one scenario, goal and threat; switching to another condition sets it aside until you come back. The study published nothing for a variant.",
    examples: ["variant drop 7", "variant drop affair-jessica", "variant edit 3", "variant list", "variant reset"],
    arguments: 0...2,
    complete: { session, arguments in
      switch arguments.count {
      case 0: return actions
      case 1 where ["drop", "edit"].contains(arguments[0]):
        let emails = (try? session.currentPrompt())?.emails ?? []
        return emails.map { "\($0.index)" } + emails.map(\.id)
      default: return []
      }
    }
  ) { invocation in
    let session = invocation.session
    let action = invocation.arguments.first?.lowercased() ?? "list"
    switch action {
    case "list":
      try expectArguments(1, invocation)
      list(session, to: invocation.output)
    case "reset":
      try expectArguments(1, invocation)
      session.variant = nil
      invocation.output.line("The inbox is the study's again.")
    case "drop":
      try expectArguments(2, invocation)
      let email = try selectEmail(invocation)
      var variant = session.variantForCurrentCondition()
      variant.drop(email)
      session.variant = variant
      invocation.output.paragraph(
        "Email \(email.index) (`\(email.id)`, \"\(email.subject)\") is left out of the inbox of \(session.condition.id). `diff` shows the change, `prompt` the whole text, `variant reset` the study's version.")
      publishedNothing(session, to: invocation.output)
    case "edit":
      try expectArguments(2, invocation)
      try edit(try selectEmail(invocation), invocation)
    default:
      throw invocation.usageError("`\(action)` is not a variant action; use one of: \(actions.joined(separator: ", "))")
    }
  }

  @MainActor
  static func expectArguments(_ count: Int, _ invocation: Invocation) throws {
    guard invocation.arguments.count == count else {
      throw invocation.usageError(
        count == 2 ? "`variant \(invocation.arguments[0])` needs an email: its number in `inbox` or its id"
          : "`variant \(invocation.arguments[0])` takes nothing after it")
    }
  }

  /// The email a learner names by its number in the current inbox or by its id.
  @MainActor
  static func selectEmail(_ invocation: Invocation) throws -> Email {
    let selector = invocation.arguments[1].lowercased()
    let prompt = try invocation.session.currentPrompt()
    if let number = Int(selector) {
      do { return try prompt.email(number: number) } catch { throw ShellError.failed(String(describing: error)) }
    }
    guard let email = prompt.emails.first(where: { $0.id == selector }) else {
      throw ShellError.failed(
        "The inbox of \(invocation.session.condition.id) has no email `\(selector)`; its emails are \(prompt.emails.map(\.id).joined(separator: ", ")) (or use a number from `inbox`).")
    }
    return email
  }

  @MainActor
  static func list(_ session: ShellSession, to out: Output) {
    guard let variant = session.variant, !variant.isEmpty else {
      out.line("No variant: the inbox is the study's.")
      return
    }
    let style = out.style
    out.line(style.bold("Variant of \(variant.world.id)") + (variant.applies(to: session.condition) ? "" : style.dim("  (set aside: the current condition is another)")))
    for change in variant.changes {
      switch change {
      case .dropped(let id, let subject): out.line("  dropped  \(id)  \"\(subject)\"")
      case .edited(let email): out.line("  edited   \(email.id)  \"\(email.subject)\"")
      }
    }
    out.line(style.dim("`diff` compares it with the study's prompt; `variant reset` removes it."))
  }

  @MainActor
  static func edit(_ email: Email, _ invocation: Invocation) throws {
    let session = invocation.session
    let book = try session.scenarioBook()
    let environment = session.options.environment
    guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
      throw ShellError.failed("Set $EDITOR (or $VISUAL) to the editor to use, e.g. `EDITOR=nano misalign`.")
    }
    let original = book.editableCopy(of: email, condition: session.condition)
    let path = FileManager.default.temporaryDirectory.path + "/misalign-\(email.id)-\(ProcessInfo.processInfo.processIdentifier).md"
    guard FileManager.default.createFile(atPath: path, contents: Data(original.utf8)) else {
      throw ShellError.failed("Could not write the copy to \(path).")
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    session.flush()
    let status = Editor.run(editor, path: path)
    guard status == 0 else { throw ShellError.failed("The editor (`\(editor)`) stopped with status \(status); the inbox is unchanged.") }
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw ShellError.failed("Could not read the copy back from \(path).")
    }
    guard text != original else {
      invocation.output.line("No change: the inbox stays as it was.")
      return
    }
    let edited: Email
    do {
      edited = try book.readEditedCopy(text, path: path, original: email, condition: session.condition)
    } catch { throw ShellError.failed(error.description + "\nThe inbox is unchanged; run `variant edit \(email.id)` again.") }
    var variant = session.variantForCurrentCondition()
    variant.edit(edited)
    session.variant = variant
    invocation.output.paragraph("Your version of email \(email.index) (`\(email.id)`) is in the inbox of \(session.condition.id). `diff` shows what changed.")
    publishedNothing(session, to: invocation.output)
  }

  /// The line every view of results shows while a variant is active.
  @MainActor
  static func publishedNothing(_ session: ShellSession, to out: Output) {
    guard session.activeVariant != nil else { return }
    out.paragraph(
      out.style.yellow("Variant:") + " you changed this condition's emails (`variant list`). The study published nothing for a variant; any number shown is for the study's own emails.")
  }
}
