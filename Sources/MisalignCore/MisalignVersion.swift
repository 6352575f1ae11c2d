/// The program's version, shown by `--version` and `about`.
public enum MisalignVersion {
  public static let string = "0.1.0"
}
