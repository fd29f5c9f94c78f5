# demo-group-writeback: the article's walk-through (scripts/demo/group-writeback.ps1) prints the values it reports
# Expected output written from adsync-and-writeback.md §3.5-3.6 and §5 (groupType -2147483640/8, Universal scope,
# msExchRecipientDisplayType 17, msExchRecipientTypeDetails 8796093022208, targetWritebackType only on the
# mail-enabled security group, CN=<displayName>_<last 12 of objectId> in the writeback OU) and from the
# article (a moved group returns; cloud-only members are not written). The objectIds are the lab's
# deterministic ids; msExchRecipientDisplayType 17 and the move-back are unconfirmed in the reference.
& "$PSScriptRoot/../../scripts/demo/group-writeback.ps1"
