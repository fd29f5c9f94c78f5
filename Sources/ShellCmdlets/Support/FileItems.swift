import Foundation
import ShellCore
import ShellFormatting

/// File-system items as the item cmdlets write them: `System.IO.FileInfo` and
/// `System.IO.DirectoryInfo` objects with the provider's notes, and their default view.
///
/// pwsh 7.4 and later on Linux shows items as a table of UnixMode, User, Group, LastWriteTime,
/// Size and Name, grouped under a "    Directory: /path" header per parent folder.
enum FileItems {
  /// The provider prefix of `PSPath` and `PSParentPath`.
  static let providerPrefix = "Microsoft.PowerShell.Core\\FileSystem::"

  /// The FileInfo or DirectoryInfo object for an existing path, or nil when it is gone.
  static func item(_ path: String) -> PSObject? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return nil
    }
    let type = attributes[.type] as? FileAttributeType
    let isDirectory =
      type == .typeDirectory || (type == .typeSymbolicLink && LocationCmdlets.isDirectory(path))
    let name = path == "/" ? "/" : (path as NSString).lastPathComponent
    let parent = SplitPath.parent(path)
    let object = PSObject(typeNames: [
      isDirectory ? "System.IO.DirectoryInfo" : "System.IO.FileInfo", "System.IO.FileSystemInfo",
      "System.MarshalByRefObject", "System.Object",
    ])
    let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
    let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
    object.set("PSPath", .string(providerPrefix + path))
    object.set("PSParentPath", .string(parent.isEmpty ? "" : providerPrefix + parent))
    object.set("PSChildName", .string(name))
    object.set("PSIsContainer", .bool(isDirectory))
    object.set("Mode", .string(mode(isDirectory, name, permissions, type)))
    object.set("UnixMode", .string(unixMode(type, permissions)))
    object.set("User", .string(attributes[.ownerAccountName] as? String ?? ""))
    object.set("Group", .string(attributes[.groupOwnerAccountName] as? String ?? ""))
    object.set("Name", .string(name))
    object.set("FullName", .string(path))
    let ext = SplitPath.extensionOf(name)
    object.set("Extension", .string(ext))
    object.set("BaseName", .string(isDirectory ? name : String(name.dropLast(ext.count))))
    if isDirectory {
      object.set("Parent", .string(parent))
    } else {
      let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
      object.set("Length", .long(size))
      object.set("DirectoryName", .string(parent))
    }
    object.set("Exists", .bool(true))
    object.set("LastWriteTime", .date(modified))
    object.set("CreationTime", .date(attributes[.creationDate] as? Date ?? modified))
    object.stringValue = { path }
    return object
  }

  /// The Windows-style Mode string (`darhsl`): directory, archive, read-only, hidden, system,
  /// link; on Linux a dot name is hidden and a file without write permission read-only.
  static func mode(
    _ isDirectory: Bool, _ name: String, _ permissions: Int, _ type: FileAttributeType?
  ) -> String {
    [
      isDirectory ? "d" : "-", "-", permissions & 0o200 == 0 ? "r" : "-",
      name.hasPrefix(".") ? "h" : "-", "-", type == .typeSymbolicLink ? "l" : "-",
    ].joined()
  }

  /// The `ls -l` permission string (`drwxr-xr-x`).
  static func unixMode(_ type: FileAttributeType?, _ permissions: Int) -> String {
    let kind: String
    switch type {
    case .typeDirectory?: kind = "d"
    case .typeSymbolicLink?: kind = "l"
    case .typeCharacterSpecial?: kind = "c"
    case .typeBlockSpecial?: kind = "b"
    case .typeSocket?: kind = "s"
    default: kind = "-"
    }
    let letters = Array("rwxrwxrwx")
    let bits = (0..<9).map { index in
      permissions & (1 << (8 - index)) != 0 ? String(letters[index]) : "-"
    }
    return kind + bits.joined()
  }

  /// The default view of FileInfo and DirectoryInfo objects.
  static var formatView: FormatView {
    FormatView(
      name: "childrenWithUnixStat",
      typeNames: ["System.IO.DirectoryInfo", "System.IO.FileInfo"], shape: .table,
      columns: [
        FormatColumn(property: "UnixMode"), FormatColumn(property: "User"),
        FormatColumn(property: "Group"),
        FormatColumn(
          label: "LastWriteTime",
          source: .compute { value in
            guard case .object(let object) = value,
              case .dateTime(let date)? = object.value(of: "LastWriteTime")
            else { return .string("") }
            return .string(lastWriteText(date.date))
          }, alignment: .right),
        FormatColumn(
          label: "Size",
          source: .compute { value in
            guard case .object(let object) = value else { return .string("") }
            return object.value(of: "Length") ?? .string("")
          }, alignment: .right),
        FormatColumn(property: "Name"),
      ],
      groupBy: FormatColumn(property: "PSParentPath"),
      groupHeader: { key in
        let text = key.toText()
        let path =
          text.hasPrefix(providerPrefix) ? String(text.dropFirst(providerPrefix.count)) : text
        return "    Directory: \(path)"
      })
  }

  /// A write time as the file-system view shows it: short date, then short time.
  static func lastWriteText(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "M/d/yyyy h:mm a"
    return formatter.string(from: date)
  }
}
