import Foundation

/// `[System.IO.Directory]`, and the FileInfo and DirectoryInfo objects that
/// `[IO.FileInfo]::new($path)` and `[IO.Directory]::CreateDirectory` return: scripts test,
/// create, list and remove folders with them.
enum DirectoryMembers {
  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "exists":
      try call.expect(1)
      guard !call.arguments[0].isNull, !call.string(0).isEmpty else { return .bool(false) }
      return .bool(isDirectory(Members.fullPath(call.string(0))))
    case "createdirectory":
      try call.expect(1)
      let target = try FileMembers.path(call)
      if !isDirectory(target) {
        if FileManager.default.fileExists(atPath: target) {
          throw call.failure("The file '\(target)' already exists.")
        }
        try FileMembers.perform(call, target) {
          try FileManager.default.createDirectory(
            atPath: target, withIntermediateDirectories: true)
        }
      }
      return info(call.string(0), directory: true)
    case "getfiles", "getdirectories", "enumeratefiles", "enumeratedirectories",
      "getfilesystementries", "enumeratefilesystementries":
      try call.expect(1, 2, 3)
      return .array(try entries(call).map(Value.string))
    case "delete":
      try call.expect(1, 2)
      let target = try FileMembers.path(call)
      guard isDirectory(target) else {
        throw call.failure("Could not find a part of the path '\(target)'.")
      }
      let recursive = call.arguments.count == 2 && call.arguments[1].isTruthy
      let manager = FileManager.default
      let children = (try? manager.contentsOfDirectory(atPath: target)) ?? []  // unreadable: none
      guard recursive || children.isEmpty else {
        throw call.failure("Directory not empty : '\(target)'")
      }
      try FileMembers.perform(call, target) { try FileManager.default.removeItem(atPath: target) }
      return .automationNull
    case "move":
      try call.expect(2)
      let source = try FileMembers.path(call)
      let destination = Members.fullPath(call.string(1))
      guard FileManager.default.fileExists(atPath: source) else {
        throw call.failure("Could not find a part of the path '\(source)'.")
      }
      guard !FileManager.default.fileExists(atPath: destination) else {
        throw call.failure(
          "Cannot create '\(destination)' because a file or directory with the same name already exists."
        )
      }
      try FileMembers.perform(call, destination) {
        try FileManager.default.moveItem(atPath: source, toPath: destination)
      }
      return .automationNull
    case "getcurrentdirectory":
      try call.expect(0)
      return .string(FileManager.default.currentDirectoryPath)
    case "getparent":
      try call.expect(1)
      let full = Members.fullPath(call.string(0))
      if full == "/" { return .null }
      return info((full as NSString).deletingLastPathComponent, directory: true)
    default: return nil
    }
  }

  static func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }

  /// GetFiles(path, pattern, option): names joined to the path as written, sorted ordinally
  /// (.NET gives the file system's order, which is not stable across machines).
  private static func entries(_ call: MethodCall) throws -> [String] {
    let written = call.string(0)
    let root = try FileMembers.path(call)
    guard isDirectory(root) else {
      throw call.failure("Could not find a part of the path '\(root)'.")
    }
    let pattern = call.arguments.count > 1 ? call.string(1) : "*"
    let recursive =
      call.arguments.count > 2 && call.string(2).lowercased() == "alldirectories"
    let wantFiles = !call.key.hasSuffix("directories")
    let wantDirectories = !call.key.hasSuffix("files")
    var results: [String] = []
    var pending = [(written, root)]
    while !pending.isEmpty {
      let (shown, actual) = pending.removeFirst()
      let manager = FileManager.default
      let names = (try? manager.contentsOfDirectory(atPath: actual)) ?? []  // unreadable: skipped
      for name in names.sorted() {
        let childShown = shown.hasSuffix("/") ? shown + name : shown + "/" + name
        let childActual = actual + "/" + name
        let folder = isDirectory(childActual)
        if Operators.wildcardMatch(name, pattern: pattern, caseSensitive: true),
          folder ? wantDirectories : wantFiles
        {
          results.append(childShown)
        }
        if folder, recursive { pending.append((childShown, childActual)) }
      }
    }
    return results
  }

  /// A FileInfo or DirectoryInfo for a path, existing or not; its properties read the file
  /// system when asked.
  static func info(_ written: String, directory: Bool) -> Value {
    let full = Members.fullPath(written)
    let object = PSObject(typeNames: [
      directory ? "System.IO.DirectoryInfo" : "System.IO.FileInfo", "System.IO.FileSystemInfo",
      "System.MarshalByRefObject", "System.Object",
    ])
    let trimmed = full.count > 1 && full.hasSuffix("/") ? String(full.dropLast()) : full
    let name = trimmed == "/" ? "/" : (trimmed as NSString).lastPathComponent
    let parent = trimmed == "/" ? "" : (trimmed as NSString).deletingLastPathComponent
    let manager = FileManager.default
    let attributes = { (try? manager.attributesOfItem(atPath: full)) ?? [:] }  // missing: empty
    let exists = {
      directory
        ? isDirectory(full) : FileManager.default.fileExists(atPath: full) && !isDirectory(full)
    }
    let date = { (key: FileAttributeKey) -> Value in
      .date(attributes()[key] as? Date ?? Date(timeIntervalSince1970: 0))
    }
    let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
    object.set("Name", .string(name))
    object.set("FullName", .string(full))
    object.setComputed("Exists", getter: { .bool(exists()) })
    object.set("Extension", .string(ext))
    object.set("BaseName", .string(directory ? name : String(name.dropLast(ext.count))))
    if directory {
      object.setComputed(
        "Parent", getter: { parent.isEmpty ? .null : info(parent, directory: true) })
      object.setComputed("Root", getter: { info("/", directory: true) })
    } else {
      object.setComputed(
        "Length",
        getter: {
          .long((attributes()[.size] as? NSNumber)?.int64Value ?? 0)
        })
      object.set("DirectoryName", .string(parent))
      object.setComputed("Directory", getter: { info(parent, directory: true) })
    }
    object.setComputed("LastWriteTime", getter: { date(.modificationDate) })
    object.setComputed("CreationTime", getter: { date(.creationDate) })
    object.stringValue = { written }
    addMethods(object, full: full, directory: directory)
    return .object(object)
  }

  private static func addMethods(_ object: PSObject, full: String, directory: Bool) {
    let run = { (name: String, arguments: [Value], body: (MethodCall) throws -> Value?) in
      let call = MethodCall(
        target: .object(object), name: name, key: name.lowercased(), arguments: arguments)
      return try body(call) ?? .null
    }
    var methods: [(String, ([Value]) throws -> Value)] = [
      ("Refresh", { _ in .null }),
      (
        "Delete",
        { arguments in
          try run("Delete", [.string(full)] + arguments) {
            try (directory ? DirectoryMembers.call : FileMembers.call)($0)
          }
        }
      ),
    ]
    if directory {
      methods += [
        (
          "Create",
          { _ in
            _ = try run("CreateDirectory", [.string(full)]) { try DirectoryMembers.call($0) }
            return .automationNull
          }
        ),
        (
          "GetFiles",
          { arguments in
            let names = try run("GetFiles", [.string(full)] + arguments) {
              try DirectoryMembers.call($0)
            }
            return .array(names.enumerated.map { info($0.toText(), directory: false) })
          }
        ),
        (
          "GetDirectories",
          { arguments in
            let names = try run("GetDirectories", [.string(full)] + arguments) {
              try DirectoryMembers.call($0)
            }
            return .array(names.enumerated.map { info($0.toText(), directory: true) })
          }
        ),
      ]
    }
    for (name, body) in methods {
      object.methods[name.lowercased()] = PSMethod(name: name, invoke: body)
    }
  }
}
