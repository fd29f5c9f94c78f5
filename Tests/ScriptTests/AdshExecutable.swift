import Foundation

/// Finds the adsh executable built alongside the test bundle.
///
/// SwiftPM builds `adsh` into the same directory as the test bundle (ScriptTests depends on
/// it), so the harness looks next to the running test executable first, then in the
/// directories above it (on macOS the bundle nests the executable), and last in
/// `.build/debug` of the package.
enum AdshExecutable {
  /// The adsh executable, or nil when none was built.
  static func locate() -> URL? {
    candidates().first(where: isExecutableFile)
  }

  /// Every place the executable is looked for, in order.
  static func candidates() -> [URL] {
    var places: [URL] = []
    for start in testExecutableDirectories() {
      var directory = start
      for _ in 0..<4 {
        places.append(directory.appendingPathComponent("adsh"))
        directory = directory.deletingLastPathComponent()
      }
    }
    places.append(ScriptDirectory.packageRoot.appendingPathComponent(".build/debug/adsh"))
    return places
  }

  /// The directories holding the running test executable or bundle.
  private static func testExecutableDirectories() -> [URL] {
    var directories: [URL] = []
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      directories.append(URL(fileURLWithPath: path).deletingLastPathComponent())
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    return directories
  }

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    return exists && !isDirectory.boolValue
      && FileManager.default.isExecutableFile(atPath: url.path)
  }
}
