# mg-deleted-items: Get-, Restore- and Remove-MgDirectoryDeletedItem (-DirectoryObjectId); a soft-deleted written-back
# Microsoft 365 group keeps its AD group, a restored one is updated again, and a hard delete removes the AD group on
# the next cycle (reference §3.7, §4)
$g = New-MgGroup -DisplayName 'M365 - HD01' -MailEnabled -MailNickname 'M365-HD01' -SecurityEnabled:$false -GroupTypes 'Unified'
$null = Start-ADSyncSyncCycle
$filter = "DisplayName -eq 'M365 - HD01'"
@(Get-ADGroup -Filter $filter).Count

# soft delete: the group waits in the deleted items and its AD group stays
Remove-MgGroup -GroupId $g.Id
$item = Get-MgDirectoryDeletedItem -DirectoryObjectId $g.Id
$item.Id -eq $g.Id
$item.AdditionalProperties['displayName']
$item.AdditionalProperties['@odata.type']
$null -ne $item.DeletedDateTime
$null = Start-ADSyncSyncCycle
@(Get-ADGroup -Filter $filter).Count

# restore: the kept AD group receives updates again
$restored = Restore-MgDirectoryDeletedItem -DirectoryObjectId $g.Id
$null -eq $restored.DeletedDateTime
(Get-MgGroup -GroupId $g.Id).DisplayName
Update-MgGroup -GroupId $g.Id -Description 'Back again'
$null = Start-ADSyncSyncCycle
(Get-ADGroup -Filter $filter -Properties Description).Description

# hard delete: gone from the deleted items, and from AD on the next cycle
Remove-MgGroup -GroupId $g.Id
Remove-MgDirectoryDeletedItem -DirectoryObjectId $g.Id -PassThru
$gone = Get-MgDirectoryDeletedItem -DirectoryObjectId $g.Id -ErrorAction SilentlyContinue
$null -eq $gone
@(Get-ADGroup -Filter $filter).Count
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
@(Get-ADGroup -Filter $filter).Count

# a security group is deleted for good at once: it never reaches the deleted items
$sg = New-MgGroup -DisplayName 'AZ SG02' -MailEnabled:$false -MailNickname 'AZSG02' -SecurityEnabled
Remove-MgGroup -GroupId $sg.Id
Get-MgDirectoryDeletedItem -DirectoryObjectId $sg.Id -ErrorAction SilentlyContinue
$?
Get-MgDirectoryDeletedItem -DirectoryObjectId '00000000-0000-0000-0000-000000000001'
Restore-MgDirectoryDeletedItem -DirectoryObjectId '00000000-0000-0000-0000-000000000001'
Remove-MgDirectoryDeletedItem -DirectoryObjectId 'not-a-guid'
'end'
