import Foundation
import ShellCore

/// Opening CLIXML files for Export-Clixml and Import-Clixml, with the errors pwsh's
/// PathUtils.MasterStreamOpen and OpenFileStream report.
enum ClixmlFiles {
  /// Refuses a file Export-Clixml may not replace: an existing one under -NoClobber, a
  /// read-only one without -Force, a directory, or one whose folder does not exist.
  static func checkWritable(
    _ path: String, noClobber: Bool, force: Bool, _ context: CommandContext
  ) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
    if exists, noClobber {
      throw CmdletErrors.terminating(
        context, "NoClobber", "The file '\(path)' already exists.", category: .resourceExists,
        target: .string(path), exceptionType: "System.IO.IOException")
    }
    if exists, isDirectory.boolValue || (!force && !manager.isWritableFile(atPath: path)) {
      throw openFailure(
        "Access to the path '\(path)' is denied.", context,
        exceptionType: "System.UnauthorizedAccessException")
    }
    let directory = (path as NSString).deletingLastPathComponent
    guard manager.fileExists(atPath: directory) else {
      throw openFailure(
        "Could not find a part of the path '\(path)'.", context,
        exceptionType: "System.IO.DirectoryNotFoundException")
    }
  }

  /// Writes the document; a read-only file is made writable for it under -Force and keeps
  /// its permissions after, as pwsh restores the ReadOnly attribute.
  static func write(
    _ text: String, to path: String, encoding: FileContent.Encoding, force: Bool,
    _ context: CommandContext
  ) throws {
    let manager = FileManager.default
    let attributes = try? manager.attributesOfItem(atPath: path)  // nil: a new file
    let permissions = attributes?[.posixPermissions] as? Int
    let exists = manager.fileExists(atPath: path)
    let readOnly = force && exists && !manager.isWritableFile(atPath: path)
    if readOnly, let permissions {
      let writable: [FileAttributeKey: Any] = [.posixPermissions: permissions | 0o200]
      try? manager.setAttributes(writable, ofItemAtPath: path)  // failing shows as the write's
    }
    defer {
      if readOnly, let permissions {
        let restored: [FileAttributeKey: Any] = [.posixPermissions: permissions]
        try? manager.setAttributes(restored, ofItemAtPath: path)  // best effort, as pwsh's
      }
    }
    do {
      try FileContent.encode(text, encoding, withPreamble: true).write(
        to: URL(fileURLWithPath: path))
    } catch {
      throw openFailure(
        "Access to the path '\(path)' is denied.", context,
        exceptionType: "System.UnauthorizedAccessException")
    }
  }

  /// The text of a file Import-Clixml reads, or pwsh's error for one it cannot open.
  static func read(_ path: String, _ context: CommandContext) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw openFailure(
        "Could not find file '\(path)'.", context,
        exceptionType: "System.IO.FileNotFoundException")
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      throw openFailure(
        "Access to the path '\(path)' is denied.", context,
        exceptionType: "System.UnauthorizedAccessException")
    }
    return FileContent.decode(data, as: nil)
  }

  /// PathUtils.ReportFileOpenFailure: a terminating FileOpenFailure error.
  static func openFailure(_ message: String, _ context: CommandContext, exceptionType: String)
    -> RuntimeError
  {
    CmdletErrors.terminating(
      context, "FileOpenFailure", message, category: .openError, exceptionType: exceptionType)
  }
}
