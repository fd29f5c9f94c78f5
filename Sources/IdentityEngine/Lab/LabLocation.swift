import Foundation

/// Where the lab file lives: `-Lab PATH`, else `$ADSH_LAB`, else
/// `$XDG_DATA_HOME/adsh/lab.sqlite` (`~/.local/share/adsh/lab.sqlite`).
public enum LabLocation {
  /// The path to open; `:memory:` stands for a throw-away lab.
  public static func resolve(explicit: String?, environment: [String: String]) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let fromEnvironment = environment["ADSH_LAB"], !fromEnvironment.isEmpty {
      return fromEnvironment
    }
    let dataHome: String
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      dataHome = xdg
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      dataHome = (home as NSString).appendingPathComponent(".local/share")
    }
    return ((dataHome as NSString).appendingPathComponent("adsh") as NSString)
      .appendingPathComponent("lab.sqlite")
  }
}
