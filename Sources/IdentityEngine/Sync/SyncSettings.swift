import Foundation
import GRDB

/// One entry of the global settings' Parameters collection (a ConfigurationParameter).
public struct ConfigurationParameter: Sendable, Equatable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}

/// The object Get-ADSyncGlobalSettings returns: a version, the schema version, the
/// instance and the parameters in the server's enumeration order.
public struct GlobalSettings: Sendable, Equatable {
  public var version: Int
  public var sqlSchemaVersion: Int
  public var instanceId: String
  public var parameters: [ConfigurationParameter]

  /// The value of one parameter, matched case-insensitively.
  public func value(_ name: String) -> String? {
    parameters.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}

/// What Get-ADSyncScheduler shows; intervals are .NET TimeSpan text (`00:30:00`).
public struct SchedulerSettings: Sendable, Equatable {
  public var allowedSyncCycleInterval: String
  public var currentlyEffectiveSyncCycleInterval: String
  public var customizedSyncCycleInterval: String?
  public var nextSyncCyclePolicyType: String
  public var nextSyncCycleStartTimeInUTC: Date
  public var purgeRunHistoryInterval: String
  public var syncCycleEnabled: Bool
  public var maintenanceEnabled: Bool
  public var stagingModeEnabled: Bool
  public var schedulerSuspended: Bool
  public var syncCycleInProgress: Bool
}

/// The tenant features Get-ADSyncAADCompanyFeature shows, in its order.
public struct CompanyFeatures: Sendable, Equatable {
  public var passwordHashSync: Bool
  public var forcePasswordChangeOnLogOn: Bool
  public var userWriteback: Bool
  public var deviceWriteback: Bool
  public var unifiedGroupWriteback: Bool
  public var groupWritebackV2: Bool

  static let keys = [
    "PasswordHashSync", "ForcePasswordChangeOnLogOn", "UserWriteback", "DeviceWriteback",
    "UnifiedGroupWriteback", "GroupWritebackV2",
  ]
}

/// The tenant's accidental-delete protection.
public struct DeletionThreshold: Sendable, Equatable {
  public var isEnabled: Bool
  public var count: Int
}

/// Well-known parameter names of the global settings.
public enum SyncParameter {
  public static let policy = "Microsoft.Synchronize.SynchronizationPolicy"
  public static let stagingMode = "Microsoft.Synchronize.StagingMode"
  public static let suspended = "Microsoft.Synchronize.SchedulerSuspended"
  public static let maintenance = "Microsoft.Synchronize.MaintenanceEnabled"
  public static let purge = "Microsoft.Synchronize.RunHistoryPurgeInterval"
  public static let nextStart = "Microsoft.Synchronize.NextStartTime"
  public static let thresholdValue = "Microsoft.OptionalFeature.ExportDeletionThresholdValue"
  public static let groupWriteback = "Microsoft.OptionalFeature.GroupWriteBack"
  public static let writebackForest = "Microsoft.GroupWriteBack.Forest"
  public static let writebackContainer = "Microsoft.GroupWriteBack.Container"
  public static let timeInterval = "Microsoft.Synchronize.TimeInterval"
}

/// TimeSpan text as .NET prints it (`[d.]hh:mm:ss`) and parses it (`02:00:00`, `1.0:0:0`).
public enum TimeSpanText {
  /// Seconds of a TimeSpan string; nil when it does not parse.
  public static func seconds(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    var days = 0
    var clock = Substring(trimmed)
    if let dot = trimmed.firstIndex(of: "."), trimmed[..<dot].allSatisfy(\.isNumber),
      trimmed[dot...].contains(":")
    {
      days = Int(trimmed[..<dot]) ?? 0
      clock = trimmed[trimmed.index(after: dot)...]
    }
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 1, let whole = Int(parts[0]) { return whole * 86_400 }
    guard parts.count == 2 || parts.count == 3 else { return nil }
    let numbers = parts.map { Int($0) }
    guard numbers.allSatisfy({ $0 != nil }) else { return nil }
    let hours = numbers[0] ?? 0
    let minutes = numbers[1] ?? 0
    let secs = parts.count == 3 ? numbers[2] ?? 0 : 0
    guard hours < 24, minutes < 60, secs < 60, hours >= 0, minutes >= 0, secs >= 0 else {
      return nil
    }
    return days * 86_400 + hours * 3600 + minutes * 60 + secs
  }

  /// `7.00:00:00`, `00:30:00`.
  public static func format(_ seconds: Int) -> String {
    let days = seconds / 86_400
    let rest = seconds % 86_400
    let clock = String(format: "%02d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60)
    return days > 0 ? "\(days).\(clock)" : clock
  }
}

/// The RFC 1123 form the NextStartTime parameter holds.
enum RFC1123 {
  static let formatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter
  }()
}
