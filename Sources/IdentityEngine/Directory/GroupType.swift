/// A group's scope, from the groupType scope bits.
public enum GroupScope: String, CaseIterable, Sendable {
  case domainLocal = "DomainLocal"
  case global = "Global"
  case universal = "Universal"

  /// The groupType bit of this scope.
  public var bit: Int32 {
    switch self {
    case .domainLocal: return 0x4
    case .global: return 0x2
    case .universal: return 0x8
    }
  }

  /// Parses a scope name case-insensitively (or its numeric value 0, 1, 2).
  public init?(name: String) {
    switch name.lowercased() {
    case "domainlocal", "0": self = .domainLocal
    case "global", "1": self = .global
    case "universal", "2": self = .universal
    default: return nil
    }
  }
}

/// A group's category: Security when groupType has 0x80000000, else Distribution.
public enum GroupCategory: String, CaseIterable, Sendable {
  case distribution = "Distribution"
  case security = "Security"

  /// Parses a category name case-insensitively (or its numeric value 0, 1).
  public init?(name: String) {
    switch name.lowercased() {
    case "distribution", "0": self = .distribution
    case "security", "1": self = .security
    default: return nil
    }
  }
}

/// The groupType attribute: scope bits, the builtin bit and the security bit.
///
/// Stored and printed as a signed 32-bit number (`-2147483646` for Global Security).
public struct GroupType: Equatable, Sendable {
  public static let securityBit = Int32(bitPattern: 0x8000_0000)
  public static let builtinBit: Int32 = 0x1

  public var rawValue: Int32

  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// The groupType the module writes for a scope and category.
  public init(scope: GroupScope, category: GroupCategory, isBuiltin: Bool = false) {
    var value = scope.bit
    if category == .security { value |= GroupType.securityBit }
    if isBuiltin { value |= GroupType.builtinBit }
    rawValue = value
  }

  /// The scope, tested in the module's order (DomainLocal, Global, Universal).
  public var scope: GroupScope? {
    if rawValue & 0x4 != 0 { return .domainLocal }
    if rawValue & 0x2 != 0 { return .global }
    if rawValue & 0x8 != 0 { return .universal }
    return nil
  }

  public var category: GroupCategory {
    rawValue & GroupType.securityBit != 0 ? .security : .distribution
  }

  /// True when exactly one scope bit is set, which AD requires.
  public var hasOneScope: Bool {
    [Int32(0x2), 0x4, 0x8].filter { rawValue & $0 != 0 }.count == 1
  }

  /// The same group with another scope; other bits are kept.
  public func with(scope: GroupScope) -> GroupType {
    GroupType(rawValue: (rawValue & ~0xE) | scope.bit)
  }

  /// The same group with another category; other bits are kept.
  public func with(category: GroupCategory) -> GroupType {
    let cleared = rawValue & ~GroupType.securityBit
    return GroupType(rawValue: category == .security ? cleared | GroupType.securityBit : cleared)
  }

  /// The sAMAccountType the DC computes from this groupType.
  public var samAccountType: SamAccountType {
    switch (scope == .domainLocal, category) {
    case (true, .security): return .alias
    case (true, .distribution): return .nonSecurityAlias
    case (false, .security): return .group
    case (false, .distribution): return .nonSecurityGroup
    }
  }
}

/// The sAMAccountType values of principals.
public enum SamAccountType: Int64, Sendable {
  case group = 0x1000_0000
  case nonSecurityGroup = 0x1000_0001
  case alias = 0x2000_0000
  case nonSecurityAlias = 0x2000_0001
  case normalAccount = 0x3000_0000
  case machineAccount = 0x3000_0001
}

/// Bits of userAccountControl (ADS_USER_FLAG).
public enum UserAccountControl {
  public static let accountDisable: Int64 = 0x2
  public static let homedirRequired: Int64 = 0x8
  public static let passwordNotRequired: Int64 = 0x20
  public static let encryptedTextPasswordAllowed: Int64 = 0x80
  public static let normalAccount: Int64 = 0x200
  public static let workstationTrustAccount: Int64 = 0x1000
  public static let serverTrustAccount: Int64 = 0x2000
  public static let dontExpirePassword: Int64 = 0x10000
  public static let mnsLogonAccount: Int64 = 0x20000
  public static let smartcardRequired: Int64 = 0x40000
  public static let trustedForDelegation: Int64 = 0x80000
  public static let notDelegated: Int64 = 0x10_0000
  public static let useDESKeyOnly: Int64 = 0x20_0000
  public static let dontRequirePreauth: Int64 = 0x40_0000
  public static let trustedToAuthForDelegation: Int64 = 0x100_0000
}
