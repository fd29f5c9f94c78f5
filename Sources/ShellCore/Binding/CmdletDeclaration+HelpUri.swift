/// Where each module's cmdlets are documented online, which `Get-Help -Online` opens.
///
/// The pages follow Microsoft Learn's layout: one page per cmdlet under
/// `learn.microsoft.com/powershell/module/<module>/<cmdlet>` for PowerShell's own modules (with
/// the `view` the updatable help files link to), the ActiveDirectory module and the Microsoft
/// Graph SDK; the ADSync module has one reference page with a heading per cmdlet. The lab's
/// own module has no page, so Get-Help -Online reports that no URI is specified, as pwsh does
/// for a command without one.
extension CmdletDeclaration {
  /// The cmdlet's online help page (`HelpUri`), or nil when its module has none.
  public var helpUri: String? {
    let page = name.lowercased()
    let lowerModule = module.lowercased()
    if lowerModule.hasPrefix("microsoft.powershell.") {
      return "https://learn.microsoft.com/powershell/module/\(lowerModule)/\(page)"
        + "?view=powershell-7.5&WT.mc_id=ps-gethelp"
    }
    if lowerModule == "activedirectory" || lowerModule.hasPrefix("microsoft.graph.") {
      return "https://learn.microsoft.com/powershell/module/\(lowerModule)/\(page)"
    }
    if lowerModule == "adsync" {
      return "https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-adsync#"
        + page
    }
    return nil
  }
}
