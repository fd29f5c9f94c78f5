import Foundation
import IdentityEngine
import ShellCore

/// The lab an interpreter's AD cmdlets work on, opened on first use so that shell start-up
/// never touches the database.
///
/// The session is kept on its interpreter (a shell has one, the tests run many at once), so
/// it goes away with it and no two interpreters ever share one.
final class ADSession {
  /// The key of the session in `Interpreter.moduleState`.
  private static let stateKey = "IdentityCmdlets.ADSession"

  let labPath: String?
  private var opened: Lab?
  /// When this session opened its lab (the sync scheduler's cycles count from then).
  private(set) var openedAt: Date?

  init(labPath: String?) { self.labPath = labPath }

  static func install(_ session: ADSession, for interpreter: Interpreter) {
    interpreter.moduleState[stateKey] = session
  }

  /// The session of an interpreter, if one is installed.
  static func installed(in interpreter: Interpreter) -> ADSession? {
    interpreter.moduleState[stateKey] as? ADSession
  }

  /// The lab if a cmdlet has opened it; asking never opens it.
  var openedLab: Lab? { opened }

  /// The session of the interpreter running `context`.
  static func of(_ context: CommandContext) -> ADSession {
    if let session = context.interpreter.moduleState[stateKey] as? ADSession { return session }
    let session = ADSession(labPath: nil)
    context.interpreter.moduleState[stateKey] = session
    return session
  }

  /// The lab, opened (and seeded when new) on the first call.
  ///
  /// `allowDamaged` opens a lab that has lost its domain too, for `Reset-ADLab` to erase.
  func lab(_ context: CommandContext, allowDamaged: Bool = false) throws -> Lab {
    if let opened { return opened }
    let path = LabLocation.resolve(
      explicit: labPath, environment: ProcessInfo.processInfo.environment)
    do {
      let lab = try Lab(path: path, allowDamaged: allowDamaged)
      // Ctrl-C stops a long lab operation halfway and rolls it back (LabStore+Stopping).
      lab.store.stopRequested = { [weak interpreter = context.interpreter] in
        interpreter?.isCancelled ?? false
      }
      opened = lab
      openedAt = Date()
      return lab
    } catch {
      throw ADErrors.terminating(context, error, target: .string(path))
    }
  }
}

/// What every AD cmdlet needs at hand: the directory, the domain and the object factory.
struct ADContext {
  let context: CommandContext
  let lab: Lab
  let directory: Directory
  let domain: DomainInfo
  let factory: ADObjectFactory

  init(_ context: CommandContext) throws {
    self.context = context
    lab = try ADSession.of(context).lab(context)
    directory = lab.directory
    do {
      domain = try lab.directory.domain()
    } catch {
      throw ADErrors.terminating(context, error, target: .null)
    }
    factory = ADObjectFactory(
      directory: directory, domain: domain,
      policy: try ADContext.policy(context, lab.directory, domain))
  }

  /// The domain's password policy, read once per cmdlet.
  private static func policy(
    _ context: CommandContext, _ directory: Directory, _ domain: DomainInfo
  ) throws -> ADPasswordPolicy {
    do {
      return try ADPasswordPolicy.load(directory, domain)
    } catch {
      throw ADErrors.terminating(context, error, target: .null)
    }
  }

  /// A string parameter, if bound.
  func string(_ name: String) -> String? {
    context.parameters[name].flatMap { $0.isNull ? nil : $0.toText() }
  }

  /// A string-array parameter, if bound.
  func strings(_ name: String) -> [String]? {
    context.parameters[name].map { $0.enumerated.map { $0.toText() } }
  }

  /// Runs an engine call, turning its errors into the module's terminating errors.
  func run<T>(target: Value = .null, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw ADErrors.terminating(context, error, target: target)
    }
  }

  /// Parses a DN parameter, failing with the module's bad-syntax error.
  func dn(_ text: String) throws -> DistinguishedName {
    try run(target: .string(text)) { try DistinguishedName.parse(text) }
  }
}
