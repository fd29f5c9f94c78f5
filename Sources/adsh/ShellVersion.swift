/// The version adsh reports with `-Version` and in its banner.
enum ShellVersion {
  static let current = "0.1.0"
}
