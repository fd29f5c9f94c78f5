import Foundation
import IdentityEngine
import ShellCore

/// The identity cmdlets, registered into an interpreter by the shell.
public enum IdentityCmdlets {
  /// Every identity cmdlet (ActiveDirectory, ADSync, Microsoft Graph and the lab's own), listed
  /// once.
  public static let all: [any Cmdlet.Type] =
    activeDirectory + ADSyncCmdlets.all + GraphCmdlets.all + LabModule.cmdlets

  /// The ActiveDirectory module's cmdlets.
  static let activeDirectory: [any Cmdlet.Type] = [
    GetADDomain.self, GetADObject.self, GetADUser.self, GetADGroup.self, GetADComputer.self,
    GetADOrganizationalUnit.self, GetADGroupMember.self, GetADPrincipalGroupMembership.self,
    NewADUser.self, NewADGroup.self, NewADOrganizationalUnit.self, SetADUser.self,
    SetADGroup.self, SetADObject.self, RemoveADUser.self, RemoveADGroup.self,
    RemoveADObject.self, RemoveADOrganizationalUnit.self, MoveADObject.self,
    RenameADObject.self, AddADGroupMember.self, RemoveADGroupMember.self, EnableADAccount.self,
    DisableADAccount.self, UnlockADAccount.self, AddADPrincipalGroupMembership.self,
    RemoveADPrincipalGroupMembership.self, SearchADAccount.self, SetADAccountPassword.self,
    SetADAccountExpiration.self, ClearADAccountExpiration.self,
    GetADDefaultDomainPasswordPolicy.self, NewADComputer.self, SetADComputer.self,
    RemoveADComputer.self, GetADForest.self, GetADDomainController.self, GetADRootDSE.self,
  ]

  /// Registers the cmdlets; the lab at `labPath` (see `LabLocation`) is opened when an
  /// identity cmdlet first runs, not now.
  public static func register(in interpreter: Interpreter, labPath: String? = nil) {
    ADSession.install(ADSession(labPath: labPath), for: interpreter)
    for cmdlet in all { interpreter.register(cmdlet) }
    ADSyncConditionObjects.registerTypes()
    ADSyncObjects.registerTypes()
    for (name, target) in GraphCmdlets.aliases { interpreter.alias(name, target) }
    GraphCmdlets.registerViews(in: interpreter)
    ADSyncPreviewObjects.registerViews(in: interpreter)
    for topic in LabHelpTopics.all { interpreter.helpTopics.add(topic) }
  }

  /// Closes the lab a cmdlet opened, if any, as the shell exits.
  ///
  /// The last shell to close it leaves the whole lab in the lab file. Throws the lab's error
  /// when it cannot be closed.
  public static func closeLab(in interpreter: Interpreter) throws {
    guard let session = ADSession.installed(in: interpreter), let lab = session.openedLab else {
      return
    }
    try lab.close()
  }

  /// Runs the sync scheduler's cycle when it is due (see `SyncService.runScheduledCycleIfDue`)
  /// and returns the line that says what ran and how it ended; nil when nothing ran.
  ///
  /// Only a lab a cmdlet has already opened is looked at: asking never opens one. A lab that
  /// cannot run its cycle (another shell is writing) is left for the next time, and nothing
  /// ran then.
  public static func runScheduledSyncCycle(in interpreter: Interpreter, at date: Date = Date())
    -> String?
  {
    guard let session = ADSession.installed(in: interpreter), let lab = session.openedLab,
      let opened = session.openedAt
    else { return nil }
    do {
      let policy = try lab.sync.scheduler().nextSyncCyclePolicyType
      do {
        guard let outcome = try lab.sync.runScheduledCycleIfDue(at: date, openedAt: opened)
        else { return nil }
        return ScheduledCycleReport.ran(policy: policy, outcome)
      } catch LabError.busy {
        return nil
      } catch {
        return ScheduledCycleReport.failed(policy: policy, error)
      }
    } catch {
      return ScheduledCycleReport.unreadable(error)
    }
  }
}
