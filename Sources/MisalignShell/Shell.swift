import MisalignCore

public enum Shell {
  public static func about() -> String { "misalign \(MisalignVersion.string)" }
}
