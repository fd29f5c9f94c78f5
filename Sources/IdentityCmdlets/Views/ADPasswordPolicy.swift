import Foundation
import IdentityEngine
import ShellCore

/// The domain's password and lockout policy (the Default Domain Policy's values, kept on the
/// domain head), and what the directory computes from it for an account.
///
/// Durations are stored as negative FILETIME intervals (`maxPwdAge` -36288000000000 is 42
/// days); `Int64.min` means "never". The computed values follow MS-ADTS 3.1.1.4.5:
/// `msDS-User-Account-Control-Computed` sets UF_LOCKOUT (0x10) while lockoutTime plus the
/// lockout duration is in the future, and UF_PASSWORD_EXPIRED (0x800000) when pwdLastSet is 0
/// or older than the maximum age, except for accounts whose password cannot expire
/// (DONT_EXPIRE_PASSWORD, SMARTCARD_REQUIRED, computer and trust accounts).
struct ADPasswordPolicy {
  /// FILETIME intervals as stored (negative, or `Int64.min` for never); nil when unset.
  var maxPasswordAge: Int64?
  var minPasswordAge: Int64?
  var lockoutDuration: Int64?
  var lockoutObservationWindow: Int64?
  var minPasswordLength: Int64 = 0
  var passwordHistoryCount: Int64 = 0
  var lockoutThreshold: Int64 = 0
  var passwordProperties: Int64 = 0

  static let attributes = [
    "maxPwdAge", "minPwdAge", "lockoutDuration", "lockOutObservationWindow", "minPwdLength",
    "pwdHistoryLength", "lockoutThreshold", "pwdProperties",
  ]

  init() {}

  /// The policy as the domain head `head` holds it.
  init(_ head: DirectoryEntry) {
    maxPasswordAge = head.integer("maxPwdAge")
    minPasswordAge = head.integer("minPwdAge")
    lockoutDuration = head.integer("lockoutDuration")
    lockoutObservationWindow = head.integer("lockOutObservationWindow")
    minPasswordLength = head.integer("minPwdLength") ?? 0
    passwordHistoryCount = head.integer("pwdHistoryLength") ?? 0
    lockoutThreshold = head.integer("lockoutThreshold") ?? 0
    passwordProperties = head.integer("pwdProperties") ?? 0
  }

  /// The policy of the lab's domain.
  static func load(_ directory: Directory, _ domain: DomainInfo) throws -> ADPasswordPolicy {
    guard let head = try directory.entry(domain.dn, attributes: .names(attributes)) else {
      return ADPasswordPolicy()
    }
    return ADPasswordPolicy(head)
  }

  /// A stored interval as a positive tick count; nil for never (or unset).
  static func length(_ interval: Int64?) -> Int64? {
    guard let interval, interval != Int64.min, interval != 0 else { return nil }
    return interval < 0 ? -interval : interval
  }

  /// A stored interval as the module shows it, a positive TimeSpan; "never" (`Int64.min`)
  /// and unset show as 00:00:00, as in module transcripts of such domains.
  static func timeSpan(_ interval: Int64?) -> Value {
    guard let interval, interval != Int64.min else { return .timeSpan(.zero) }
    return .timeSpan(TimeSpan(ticks: interval < 0 ? -interval : interval))
  }

  /// True when the account's password cannot expire whatever its age.
  static func passwordCannotExpire(_ entry: DirectoryEntry) -> Bool {
    let control = entry.integer("userAccountControl") ?? 0
    let exempt =
      UserAccountControl.dontExpirePassword | UserAccountControl.smartcardRequired
      | UserAccountControl.workstationTrustAccount | UserAccountControl.serverTrustAccount
      | 0x800  // INTERDOMAIN_TRUST_ACCOUNT
    return control & exempt != 0 || entry.objectClass == "computer"
  }

  /// `msDS-UserPasswordExpiryTimeComputed`: when the password expires, as FILETIME ticks; 0
  /// when it must be changed at the next logon, `Int64.max` when it never expires.
  func passwordExpiryTime(_ entry: DirectoryEntry) -> Int64 {
    if Self.passwordCannotExpire(entry) { return Int64.max }
    let setAt = entry.integer("pwdLastSet") ?? 0
    if setAt == 0 { return 0 }
    guard let age = Self.length(maxPasswordAge) else { return Int64.max }
    let (sum, overflow) = setAt.addingReportingOverflow(age)
    return overflow ? Int64.max : sum
  }

  /// True when the password has expired at `now` (FILETIME ticks).
  func isPasswordExpired(_ entry: DirectoryEntry, now: Int64) -> Bool {
    if Self.passwordCannotExpire(entry) { return false }
    return passwordExpiryTime(entry) <= now
  }

  /// True when the account is locked out at `now`: lockoutTime set and not yet past the
  /// lockout duration (a duration of "never" keeps it locked until an administrator unlocks
  /// it).
  func isLockedOut(_ entry: DirectoryEntry, now: Int64) -> Bool {
    let lockedAt = entry.integer("lockoutTime") ?? 0
    guard lockedAt > 0 else { return false }
    guard let duration = Self.length(lockoutDuration) else { return true }
    return lockedAt + duration > now
  }

  /// `msDS-User-Account-Control-Computed` at `now`.
  func computedControl(_ entry: DirectoryEntry, now: Int64) -> Int64 {
    var bits: Int64 = 0
    if isLockedOut(entry, now: now) { bits |= 0x10 }
    if isPasswordExpired(entry, now: now) { bits |= 0x80_0000 }
    return bits
  }

  /// The attributes the computed values are worked out from.
  static let accountAttributes = ["userAccountControl", "pwdLastSet", "lockoutTime"]
}
