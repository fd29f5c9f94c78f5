import Foundation
import IdentityEngine
import ShellCore

/// Engine objects as the ADSync module's ObjectModel objects, properties in its order.
enum ADSyncObjects {
  /// A ConfigurationParameter; prints as its name inside collections.
  static func parameter(
    _ parameter: ConfigurationParameter, inputType: String = "String",
    scope: String = "SynchronizationGlobal"
  ) -> PSObject {
    let object = ADSync.object(
      "ConfigurationParameter",
      [
        ("Name", .string(parameter.name)), ("InputType", .string(inputType)),
        ("Scope", .string(scope)), ("Description", .string("")),
        ("RegexValidationPattern", .string("")), ("DefaultValue", .null),
        ("Value", .string(parameter.value)), ("Extensible", .bool(false)),
        ("PageNumber", .int(0)), ("Intrinsic", .bool(false)), ("DataType", .string("String")),
      ])
    let name = parameter.name
    object.stringValue = { name }
    return object
  }

  /// `New-Object ...ConfigurationParameter name, inputType, scope, description, regex,
  /// defaultValue`, as admins' scripts build a connector or global parameter.
  static func registerTypes() {
    ModuleTypes.register(ADSync.model + "ConfigurationParameter") { arguments in
      guard arguments.count == 6 else { return nil }
      let object = parameter(
        ConfigurationParameter(name: arguments[0].toText(), value: ""),
        inputType: arguments[1].isNull ? "String" : arguments[1].toText(),
        scope: arguments[2].isNull ? "SynchronizationGlobal" : arguments[2].toText())
      object.set("Description", .string(arguments[3].isNull ? "" : arguments[3].toText()))
      object.set(
        "RegexValidationPattern", .string(arguments[4].isNull ? "" : arguments[4].toText()))
      object.set("DefaultValue", arguments[5].isNull ? .null : .string(arguments[5].toText()))
      object.set("Value", .null)
      return .object(object)
    }
  }

  static func globalSettings(_ settings: GlobalSettings) -> PSObject {
    let schema = PSObject(typeNames: [ADSync.model + "Schema", "System.Object"])
    schema.stringValue = { ADSync.model + "Schema" }
    return ADSync.object(
      "GlobalSettings",
      [
        ("Version", .int(Int32(clamping: settings.version))),
        ("SqlSchemaVersion", .int(Int32(clamping: settings.sqlSchemaVersion))),
        ("InstanceId", .string(settings.instanceId)), ("Schema", .object(schema)),
        (
          "Parameters",
          .array(PSArray(settings.parameters.map { .object(parameter($0)) }, keyProperty: "Name"))
        ),
      ])
  }

  /// The GlobalSettings a PSObject (possibly edited by a script) describes.
  static func globalSettings(from object: PSObject, base: GlobalSettings) -> GlobalSettings {
    var settings = base
    let items = object.value(of: "Parameters")?.enumerated ?? []
    settings.parameters = items.compactMap { item in
      guard let entry = item.psObject, let name = entry.value(of: "Name")?.toText() else {
        return nil
      }
      return ConfigurationParameter(name: name, value: entry.value(of: "Value")?.toText() ?? "")
    }
    return settings
  }

  static func scheduler(_ settings: SchedulerSettings) -> PSObject {
    ADSync.object(
      "SchedulerSettings",
      [
        ("AllowedSyncCycleInterval", timeSpan(settings.allowedSyncCycleInterval)),
        (
          "CurrentlyEffectiveSyncCycleInterval",
          timeSpan(settings.currentlyEffectiveSyncCycleInterval)
        ),
        (
          "CustomizedSyncCycleInterval", settings.customizedSyncCycleInterval.map(timeSpan) ?? .null
        ),
        ("NextSyncCyclePolicyType", .string(settings.nextSyncCyclePolicyType)),
        ("NextSyncCycleStartTimeInUTC", .date(settings.nextSyncCycleStartTimeInUTC)),
        ("PurgeRunHistoryInterval", timeSpan(settings.purgeRunHistoryInterval)),
        ("SyncCycleEnabled", .bool(settings.syncCycleEnabled)),
        ("MaintenanceEnabled", .bool(settings.maintenanceEnabled)),
        ("StagingModeEnabled", .bool(settings.stagingModeEnabled)),
        ("SchedulerSuspended", .bool(settings.schedulerSuspended)),
        ("SyncCycleInProgress", .bool(settings.syncCycleInProgress)),
      ])
  }

  /// A scheduler interval as the System.TimeSpan the module returns (`.TotalMinutes` works);
  /// stored text that is no interval stays text.
  static func timeSpan(_ text: String) -> Value {
    guard let seconds = TimeSpanText.seconds(text) else { return .string(text) }
    return .timeSpan(TimeSpan(ticks: Int64(seconds) * TimeSpan.ticksPerSecond))
  }

  static func features(_ features: CompanyFeatures) -> PSObject {
    ADSync.object(
      "AADCompanyFeature",
      [
        ("PasswordHashSync", .bool(features.passwordHashSync)),
        ("ForcePasswordChangeOnLogOn", .bool(features.forcePasswordChangeOnLogOn)),
        ("UserWriteback", .bool(features.userWriteback)),
        ("DeviceWriteback", .bool(features.deviceWriteback)),
        ("UnifiedGroupWriteback", .bool(features.unifiedGroupWriteback)),
        ("GroupWritebackV2", .bool(features.groupWritebackV2)),
      ])
  }

  static func threshold(_ threshold: DeletionThreshold) -> PSObject {
    ADSync.object(
      "ExportDeletionThreshold",
      [
        ("ThresholdPercentage", .int(0)),
        ("ThresholdCount", .int(Int32(clamping: threshold.count))),
        ("DeletionPrevention", .int(threshold.isEnabled ? 1 : 0)),
      ])
  }
}
