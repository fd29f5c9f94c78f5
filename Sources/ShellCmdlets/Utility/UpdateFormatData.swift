import Foundation
import ShellCore
import ShellFormatting

/// Update-FormatData: loads views from `*.format.ps1xml` files into the session, as
/// PowerShell's format data files define them.
///
/// `-PrependPath` files come before the views already known (their first view for a type
/// becomes its default), `-AppendPath` files after them. Each file is read whole before any
/// of its views is added, so a file with an error changes nothing. A runspace made with
/// `[powershell]::Create()` has its own copy of the views, so its updates stay there.
final class UpdateFormatData: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Update-FormatData",
    synopsis: "Updates the formatting data in the current session.",
    description: """
      Reads format data files (*.format.ps1xml: table, list and wide views) and adds their \
      views to the session. Views from -PrependPath files take precedence over the views \
      already loaded; views from -AppendPath files are used when no earlier view applies.
      """,
    parameters: [
      ParameterDeclaration(
        "AppendPath", .stringArray, position: 0, pipeline: .byValue, aliases: ["PSPath", "Path"],
        help: "Format data files whose views come after those already loaded."),
      ParameterDeclaration(
        "PrependPath", .stringArray,
        help: "Format data files whose views come before those already loaded."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'example.format.ps1xml'\n"
          + "$view = '<Configuration><ViewDefinitions><View><Name>Keys</Name>' +\n"
          + "  '<ViewSelectedBy><TypeName>Example.Pair</TypeName></ViewSelectedBy>' +\n"
          + "  '<TableControl><TableHeaders><TableColumnHeader><Label>Key</Label>' +\n"
          + "  '</TableColumnHeader></TableHeaders><TableRowEntries><TableRowEntry>' +\n"
          + "  '<TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName>' +\n"
          + "  '</TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries>' +\n"
          + "  '</TableControl></View></ViewDefinitions></Configuration>'\n"
          + "Set-Content $file $view\n"
          + "Update-FormatData -PrependPath $file\n"
          + "[pscustomobject]@{ PSTypeName = 'Example.Pair'; Name = 'a'; Value = 1 } | Format-Table",
        remarks: "Loads a table view for objects named Example.Pair, which shows only their Name.",
        prints: "\nKey\n---\na\n\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let registry = context.interpreter.formatViews
    // Prepended files are added last-first, so the first file given ends up in front.
    for path in try files("PrependPath", "FormatPrependPathException", context).reversed() {
      try load(path, into: registry, prepend: true, context)
    }
    for path in try files("AppendPath", "FormatAppendPathException", context) {
      try load(path, into: registry, prepend: false, context)
    }
  }

  private func files(_ parameter: String, _ errorId: String, _ context: CommandContext) throws
    -> [String]
  {
    var found: [String] = []
    for argument in context.parameters[parameter]?.enumerated ?? [] {
      let path = try context.interpreter.resolvePath(argument.toText())
      guard FileManager.default.fileExists(atPath: path) else {
        try context.writeError(
          CmdletErrors.record(
            context, errorId, "Cannot find path '\(path)' because it does not exist.",
            target: .string(argument.toText()),
            exceptionType: "System.Management.Automation.ItemNotFoundException"))
        continue
      }
      guard path.lowercased().hasSuffix(".ps1xml") else {
        try context.writeError(
          CmdletErrors.record(
            context, "WrongExtension",
            "Cannot read the file \"\(path)\"  because it does not have the file name extension "
              + "\".ps1xml\".", category: .invalidArgument, target: .string(path)))
        continue
      }
      found.append(path)
    }
    return found
  }

  private func load(
    _ path: String, into registry: FormatViewRegistry, prepend: Bool, _ context: CommandContext
  ) throws {
    guard context.shouldProcess(target: "FileName: \(path)", action: "Update FormatData") else {
      return
    }
    let views: [FormatView]
    do {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      views = try FormatDataFile.views(fromXML: text, path: path)
    } catch let failure as FormatDataFile.Failure {
      try context.writeError(
        CmdletErrors.record(context, "FormatXmlUpdateException", failure.message))
      return
    } catch {
      try context.writeError(
        CmdletErrors.record(
          context, "FormatXmlUpdateException", "\(path): \(error.localizedDescription)"))
      return
    }
    registry.add(views, prepend: prepend)
  }
}
