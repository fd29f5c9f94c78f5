import ShellRuntime

/// The identity cmdlets, registered into an interpreter by the shell.
public enum IdentityCmdlets {
  /// Every cmdlet of the ActiveDirectory module the lab implements, listed once.
  public static let all: [any Cmdlet.Type] = activeDirectory + ADSyncCmdlets.all + GraphCmdlets.all

  /// The ActiveDirectory module's cmdlets.
  static let activeDirectory: [any Cmdlet.Type] = [
    GetADDomain.self, GetADObject.self, GetADUser.self, GetADGroup.self, GetADComputer.self,
    GetADOrganizationalUnit.self, GetADGroupMember.self, GetADPrincipalGroupMembership.self,
    NewADUser.self, NewADGroup.self, NewADOrganizationalUnit.self, SetADUser.self,
    SetADGroup.self, SetADObject.self, RemoveADUser.self, RemoveADGroup.self,
    RemoveADObject.self, RemoveADOrganizationalUnit.self, MoveADObject.self,
    RenameADObject.self, AddADGroupMember.self, RemoveADGroupMember.self, ResetADLab.self,
    NewADLabBulkObjects.self, NewADLabBulkCloudGroups.self,
  ]

  /// Registers the cmdlets; the lab at `labPath` (see `LabLocation`) is opened when an
  /// identity cmdlet first runs, not now.
  public static func register(in interpreter: Interpreter, labPath: String? = nil) {
    ADSession.install(ADSession(labPath: labPath), for: interpreter)
    for cmdlet in all { interpreter.register(cmdlet) }
    GraphCmdlets.registerViews(in: interpreter)
    ADSyncPreviewObjects.registerViews(in: interpreter)
  }
}
