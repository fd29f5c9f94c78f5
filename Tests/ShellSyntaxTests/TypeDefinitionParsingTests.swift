import Testing

@testable import ShellSyntax

/// `class` and `enum` definitions: their members, hoisting to the script body, the `clean`
/// block, and pwsh's errors for bad members.
struct TypeDefinitionParsingTests {
  func firstError(_ input: String) -> String {
    guard let error = Parser.parse(SourceText(input)).errors.first else { return "none" }
    return "\(error.id)@\(error.range.start.line):\(error.range.start.column)"
  }

  func definition(_ input: String) -> TypeDefinitionAst? {
    let parsed = Parser.parse(SourceText(input))
    return parsed.script.typeDefinitions.first
  }

  @Test func classMembersAreParsed() throws {
    let type = try #require(
      definition(
        """
        class Person : Base {
          [string]$Name = 'x'
          hidden static [int]$Count
          Person([string]$n) : base($n, 1) { $this.Name = $n }
          [string] Greet([string]$who) { return "hi $who" }
          static [void] Reset() { }
        }
        """))
    #expect(type.kind == .classType)
    #expect(type.name == "Person")
    #expect(type.baseTypes.map(\.name) == ["Base"])
    #expect(type.properties.map(\.name) == ["Name", "Count"])
    #expect(type.properties[1].isStatic && type.properties[1].isHidden)
    #expect(type.properties[0].typeName?.name == "string")
    #expect(type.methods.map(\.name) == ["Person", "Greet", "Reset"])
    #expect(type.methods[0].isConstructor)
    #expect(type.methods[0].baseArguments?.count == 2)
    #expect(type.methods[1].returnType?.name == "string")
    #expect(type.methods[2].isStatic)
  }

  @Test func enumMembersAndAttributesAreParsed() throws {
    let type = try #require(definition("[Flags()] enum Perm : byte { Read = 1; Write = 2\n Exec }"))
    #expect(type.kind == .enumType)
    #expect(type.attributes.map(\.typeName.name) == ["Flags"])
    #expect(type.baseTypes.map(\.name) == ["byte"])
    #expect(type.enumMembers.map(\.name) == ["Read", "Write", "Exec"])
    #expect(type.enumMembers[2].value == nil)
  }

  @Test func definitionsInsideAFunctionBelongToItsBody() {
    let parsed = Parser.parse(SourceText("function f { class Inner { } }\nclass Outer { }"))
    #expect(parsed.script.typeDefinitions.map(\.name) == ["Outer"])
  }

  @Test func cleanBlockIsKept() {
    let parsed = Parser.parse(SourceText("end { 1 } clean { 2 }"))
    #expect(parsed.errors.isEmpty)
    #expect(parsed.script.cleanBlock?.statements.count == 1)
  }

  @Test(arguments: [
    ("class A { [int]$x; [string]$x }", "MemberAlreadyDefined@1:28"),
    ("class A { [int] F() { return 1 }; [int] F() { return 2 } }", "MemberAlreadyDefined@1:41"),
    ("enum E { A; B; A }", "MemberAlreadyDefined@1:16"),
    ("class A { [int]$x", "MissingEndCurlyBrace@1:18"),
    ("class", "MissingNameAfterKeyword@1:6"),
    ("class A", "MissingTypeBody@1:8"),
    ("class A { [int] }", "IncompleteMemberDefinition@1:16"),
    ("class A { [int] F { } }", "MissingMethodParameterList@1:18"),
    ("class A { [int] A() { } }", "ConstructorCantHaveReturnType@1:12"),
    ("class A : B { A() : x() { } }", "MissingBaseCtorCall@1:20"),
    ("class A { [int]$x = 1 2 }", "MissingPropertyTerminator@1:22"),
    ("begin { } other { }", "MissingNamedBlocks@1:11"),
  ])
  func badDefinitionsReportPwshErrors(_ input: String, _ expected: String) {
    #expect(firstError(input) == expected)
  }

  @Test func duplicateMemberMessageNamesTheMember() {
    let errors = Parser.parse(SourceText("class A { $x; $x }")).errors
    #expect(errors.first?.message == "The member 'x' is already defined.")
  }
}
