# format-test-hooks: [InternalTestHooks]::SetTestHook switches PowerShell's formatting test hooks: Format-List labels cut at 10 cells, a console width of 0 read as 120; an unknown hook name is ignored
$hooks = [System.Management.Automation.Internal.InternalTestHooks]
$hooks::SetTestHook('ForceFormatListFixedLabelWidth', $true)
[pscustomobject]@{ Short = 1; LongLabelName = 2 } | Format-List
$hooks::SetTestHook('ForceFormatListFixedLabelWidth', $false)
[pscustomobject]@{ Short = 1; LongLabelName = 2 } | Format-List
$hooks::SetTestHook('SetConsoleWidthToZero', $true)
(@{ test = '1' * 200 } | Format-Table | Out-String -Stream | ForEach-Object Length | Measure-Object -Maximum).Maximum
$hooks::SetTestHook('SetConsoleWidthToZero', $false)
$hooks::SetTestHook('NoSuchHook', $true)
