/// `[Security.Principal.WindowsIdentity]`, as .NET has it on Linux.
///
/// Scripts check for administrator rights with
/// `WindowsPrincipal(WindowsIdentity::GetCurrent()).IsInRole(...)`. On Linux .NET has no
/// Windows principals, so every member throws PlatformNotSupportedException, as pwsh shows it;
/// scripts guard the check with try/catch or `$IsWindows`.
enum IdentityMembers {
  static let unsupported = "Windows Principal functionality is not supported on this platform."

  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "getcurrent", "getanonymous": throw call.failure(unsupported)
    default: return nil
    }
  }
}
