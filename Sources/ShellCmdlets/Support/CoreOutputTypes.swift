import Foundation
import ShellCore

/// The output types PowerShell's own cmdlets declare (`[OutputType]`), with the properties of
/// the objects as this shell builds them.
///
/// Each property list is read from the code that makes the objects: Get-Member's member
/// table for .NET values (a DateTime's Date, Day, …), and the builders of GroupInfo and
/// PathInfo, PSVariable, MemberDefinition and Guid, given an empty sample. Types whose objects
/// need the file system or the session to be built (FileInfo, CommandInfo, HistoryInfo) are
/// declared by name only.
enum CoreOutputTypes {
  static let dateTime = value(
    "System.DateTime", .dateTime(DateTimeValue(ticks: 0, kind: .unspecified)))
  static let timeSpan = value("System.TimeSpan", .timeSpan(TimeSpan(ticks: 0)))
  static let string = value("System.String", .string(""))
  static let boolean = [OutputTypeDeclaration("System.Boolean")]
  static let groupInfo = object(
    "Microsoft.PowerShell.Commands.GroupInfo", GroupObject.groupInfo([], [], noElement: false))
  static let pathInfo = object(
    "System.Management.Automation.PathInfo", LocationCmdlets.pathInfo("/"))
  static let variable = object(
    "System.Management.Automation.PSVariable",
    VariableObjects.psVariable(Variable(name: "", value: .null)))
  static let memberDefinition = object(
    "Microsoft.PowerShell.Commands.MemberDefinition", GetMember.definition("", MemberTable.equals))
  static let guid = [
    OutputTypeDeclaration(
      "System.Guid", properties: Members.guidValue("").psObject?.propertyNames ?? [])
  ]
  static let culture = [
    OutputTypeDeclaration(
      "System.Globalization.CultureInfo",
      properties: Members.currentCulture().psObject?.propertyNames ?? [])
  ]
  static let history = [OutputTypeDeclaration(HistoryObjects.typeName)]
  static let alias = [OutputTypeDeclaration("System.Management.Automation.AliasInfo")]
  static let fileSystemItems = [
    OutputTypeDeclaration("System.IO.FileInfo"), OutputTypeDeclaration("System.IO.DirectoryInfo"),
  ]
  static let commandInfo = [
    "System.Management.Automation.AliasInfo", "System.Management.Automation.ApplicationInfo",
    "System.Management.Automation.FunctionInfo", "System.Management.Automation.CmdletInfo",
    "System.Management.Automation.ExternalScriptInfo", "System.Management.Automation.FilterInfo",
  ].map { OutputTypeDeclaration($0) }

  /// A .NET value type, with the properties Get-Member lists for a sample value.
  private static func value(_ name: String, _ sample: Value) -> [OutputTypeDeclaration] {
    let properties = MemberTable.members(of: sample).filter { $0.memberType == "Property" }
    return [OutputTypeDeclaration(name, properties: properties.map(\.name))]
  }

  /// A type built as a PSObject, with the properties of a sample.
  private static func object(_ name: String, _ sample: PSObject) -> [OutputTypeDeclaration] {
    [OutputTypeDeclaration(name, properties: sample.propertyNames)]
  }
}
