import Foundation
import ShellSyntax
import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// The item cmdlets: what they create and delete, and what they refuse to.
@Suite struct ItemCmdletTests {
  @Test(arguments: [
    (FileAttributeType.typeDirectory, 0o755, "drwxr-xr-x"),
    (FileAttributeType.typeRegular, 0o644, "-rw-r--r--"),
    (FileAttributeType.typeSymbolicLink, 0o777, "lrwxrwxrwx"),
  ])
  func unixModeSpellsThePermissions(_ type: FileAttributeType, _ bits: Int, _ text: String) {
    #expect(FileItems.unixMode(type, bits) == text)
  }

  @Test func nonEmptyDirectoryWithoutRecurseIsKept() {
    let result = runShell(
      "$null = New-Item -Path $HOME/full/a.txt -Force\n"
        + "Remove-Item $HOME/full\n"
        + "Test-Path $HOME/full/a.txt")
    #expect(result.output == "True\n")
    #expect(result.errors.contains("Read and Prompt functionality is not available."))
  }

  @Test func whatIfCreatesAndDeletesNothing() {
    let lines = outputLines(
      "New-Item -Path $HOME/new.txt -WhatIf | Out-Null\n"
        + "Test-Path $HOME/new.txt\n"
        + "$null = New-Item -Path $HOME/keep.txt\n"
        + "Remove-Item $HOME/keep.txt -WhatIf\n"
        + "Test-Path $HOME/keep.txt")
    #expect(lines.count == 4)
    #expect(lines[1] == "False")
    #expect(lines[3] == "True")
  }

  @Test func pipedItemsAreRemovedByTheirPSPath() {
    let lines = outputLines(
      "$null = New-Item -Path $HOME/p/a.log, $HOME/p/b.log, $HOME/p/c.txt -Force\n"
        + "Get-ChildItem $HOME/p -Filter *.log | Remove-Item\n"
        + "Get-ChildItem $HOME/p -Name")
    #expect(lines == ["c.txt"])
  }

  @Test func mkdirCreatesDirectoriesWithTheirParents() {
    let lines = outputLines("(mkdir $HOME/x/y/z).FullName -eq \"$HOME/x/y/z\"")
    #expect(lines == ["True"])
  }

  @Test func listingIsGroupedUnderTheDirectoryHeader() throws {
    let result = runShell(
      "$null = New-Item -Path $HOME/v/a.txt -Value 'abc' -Force\n"
        + "$null = New-Item -Path $HOME/v/sub -ItemType Directory\n"
        + "'home: ' + $HOME\n"
        + "Get-ChildItem $HOME/v")
    let lines = result.output.components(separatedBy: "\n")
    let home = try #require(lines.first { $0.hasPrefix("home: ") }?.dropFirst(6))
    #expect(lines.contains("    Directory: \(home)/v"))
    let header = try #require(lines.first { $0.hasPrefix("UnixMode") })
    #expect(
      header.split(separator: " ") == [
        "UnixMode", "User", "Group", "LastWriteTime", "Size", "Name",
      ])
    let rows = lines.filter { $0.hasPrefix("d") || $0.hasPrefix("-rw") }
    #expect(rows.count == 2)
    #expect(rows.first?.hasSuffix(" sub") == true)
    #expect(rows.last?.hasSuffix(" 3 a.txt") == true)
  }
}
