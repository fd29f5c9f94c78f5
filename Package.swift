// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "adsh",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "adsh", targets: ["adsh"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(name: "ShellSyntax"),
    .target(
      name: "ShellCore",
      dependencies: [
        "ShellSyntax",
        .product(name: "Collections", package: "swift-collections"),
      ]),
    .target(name: "ShellFormatting", dependencies: ["ShellCore"]),
    .target(name: "KeyBindings"),
    .target(
      name: "ShellCmdlets",
      dependencies: ["ShellCore", "ShellFormatting", "ShellSyntax", "KeyBindings"]),
    .target(
      name: "IdentityEngine",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's progress handler, through which Ctrl-C stops a long statement.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .target(
      name: "IdentityCmdlets",
      dependencies: ["ShellSyntax", "ShellCore", "ShellFormatting", "IdentityEngine"]),
    .systemLibrary(name: "CEditLine", providers: [.apt(["libedit-dev"])]),
    .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
    .target(name: "LineEditor", dependencies: ["CEditLine", "CEditLineShim", "KeyBindings"]),
    .executableTarget(
      name: "adsh",
      dependencies: [
        "ShellSyntax", "ShellCore", "ShellFormatting", "ShellCmdlets", "IdentityEngine",
        "IdentityCmdlets", "KeyBindings", "LineEditor",
      ]),
    .testTarget(name: "ShellSyntaxTests", dependencies: ["ShellSyntax"]),
    .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "KeyBindings"]),
    .testTarget(
      name: "ShellCoreTests",
      dependencies: ["ShellCore", "ShellFormatting", "ShellCmdlets", "ShellSyntax"]),
    .testTarget(
      name: "ScriptTests",
      dependencies: ["adsh", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(
      name: "ReplTests",
      dependencies: [
        "adsh", "IdentityCmdlets", "ShellCore", "ShellSyntax",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "IdentityEngineTests",
      dependencies: ["IdentityEngine", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(
      name: "IdentityCmdletsTests",
      dependencies: [
        "IdentityCmdlets", "ShellCore", "ShellCmdlets", "ShellFormatting", "ShellSyntax",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ],
  // The interpreter shares mutable reference values (arrays, hashtables, objects) on one
  // thread, as PowerShell's runspace does; Swift 5 mode keeps that free of Sendable noise.
  swiftLanguageModes: [.v5]
)
