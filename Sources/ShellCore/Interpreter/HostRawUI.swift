import Foundation

/// `$Host.UI.RawUI`: the terminal's sizes, colours, title and keys, as pwsh's console host has
/// them on Linux.
///
/// Sizes are read from the terminal on every access (BufferSize is the window's size, as .NET
/// reports on Unix); colours are `[Console]`'s; setting a colour or the title writes the ANSI
/// sequence for it. A colour that is no ConsoleColor is refused with pwsh's error and changes
/// nothing, which is why assignments come here (``set(_:_:)``) and not to a plain property.
final class HostRawUI {
  let host: ShellHost?

  private init(host: ShellHost) { self.host = host }

  static func make(_ host: ShellHost) -> PSObject {
    let rawUI = HostRawUI(host: host)
    let object = PSObject(
      typeNames: [
        "System.Management.Automation.Internal.Host.InternalHostRawUserInterface",
        "System.Management.Automation.Host.PSHostRawUserInterface", "System.Object",
      ])
    object.base = rawUI
    object.setComputed("ForegroundColor") {
      DotNetEnum.consoleColor.value(number: ConsoleMembers.foreground)
    }
    object.setComputed("BackgroundColor") {
      DotNetEnum.consoleColor.value(number: ConsoleMembers.background)
    }
    for name in ["BufferSize", "WindowSize", "MaxWindowSize", "MaxPhysicalWindowSize"] {
      object.setComputed(name) { [weak host] in size(host) }
    }
    object.setComputed("WindowTitle") { .string(ConsoleMembers.title) }
    object.setComputed("CursorPosition") { [weak host] in
      guard let host else { return ConsoleCursor.coordinates(x: 0, y: 0) }
      let position = ConsoleCursor.position(host)
      return ConsoleCursor.coordinates(x: position.x, y: position.y)
    }
    object.setComputed("KeyAvailable") {
      // Input that is not a terminal has no keys waiting, which is what a script asks.
      .bool((try? ConsoleKeys.keyAvailable()) ?? false)  // redirected input: no key
    }
    object.methods["readkey"] = PSMethod(name: "ReadKey") { [weak host] arguments in
      guard let host else { return .null }
      guard arguments.count <= 1 else {
        throw OperatorErrors.argumentCount("ReadKey", arguments.count)
      }
      let options = arguments.first?.toText().lowercased() ?? ""
      return try keyInfo(ConsoleKeys.readKeyDecoded(echo: !options.contains("noecho"), host: host))
    }
    object.stringValue = {
      "System.Management.Automation.Internal.Host.InternalHostRawUserInterface"
    }
    return object
  }

  /// Assigns a property of the raw UI; false when it is not one that can be set.
  func set(_ name: String, _ value: Value) throws -> Bool {
    guard let host else { return false }
    switch name.lowercased() {
    case "foregroundcolor", "backgroundcolor":
      return try ConsoleMembers.setProperty(name.lowercased(), value, host: host)
    case "windowtitle":
      return try ConsoleMembers.setProperty("title", value, host: host)
    case "cursorposition":
      guard let point = ConsoleCursor.point(of: value), point.x >= 0, point.y >= 0 else {
        throw RuntimeError.make(
          "ExceptionWhenSetting",
          "Exception setting \"CursorPosition\": \"Cannot convert the \"\(value.toText())\" "
            + "value of type \"\(value.typeNameChain.first ?? "System.Object")\" to type \"System.Management.Automation.Host."
            + "Coordinates\".\"", category: .notSpecified,
          exceptionType: "System.Management.Automation.SetValueInvocationException")
      }
      ConsoleCursor.move(x: point.x, y: point.y, host: host)
      return true
    default:
      return false
    }
  }

  /// A System.Management.Automation.Host.Size of the window: Width and Height.
  static func size(_ host: ShellHost?) -> Value {
    let size = PSObject(
      typeNames: ["System.Management.Automation.Host.Size", "System.ValueType", "System.Object"])
    let width = host.map(ConsoleMembers.width) ?? 120
    let height = host.map(ConsoleMembers.height) ?? 0
    size.set("Width", .int(Int32(clamping: width)))
    size.set("Height", .int(Int32(clamping: height)))
    size.stringValue = { "\(width),\(height)" }
    return .object(size)
  }

  /// A System.Management.Automation.Host.KeyInfo: the virtual key code Windows gives the key,
  /// its character, the modifier keys held, and KeyDown.
  static func keyInfo(_ key: ConsoleKeys.Key) -> Value {
    let codes: [String: Int32] = [
      "Enter": 13, "Tab": 9, "Backspace": 8, "Escape": 27, "Spacebar": 32, "LeftArrow": 37,
      "UpArrow": 38, "RightArrow": 39, "DownArrow": 40, "Home": 36, "End": 35,
    ]
    var code = codes[key.name] ?? 0
    if key.name.count == 1, let ascii = key.name.first?.asciiValue { code = Int32(ascii) }
    if key.name.hasPrefix("D"), key.name.count == 2, let ascii = key.name.last?.asciiValue {
      code = Int32(ascii)
    }
    var state: [String] = []
    if key.modifiers.contains("Shift") { state.append("ShiftPressed") }
    if key.modifiers.contains("Control") { state.append("LeftCtrlPressed") }
    let info = PSObject(
      typeNames: ["System.Management.Automation.Host.KeyInfo", "System.ValueType", "System.Object"])
    info.set("VirtualKeyCode", .int(code))
    info.set("Character", .char(key.character ?? "\0"))
    info.set("ControlKeyState", .string(state.isEmpty ? "0" : state.joined(separator: ", ")))
    info.set("KeyDown", .bool(true))
    return .object(info)
  }
}
