# automation-null-value: [System.Management.Automation.Internal.AutomationNull]::Value is no value in a pipeline and $null as a value
[System.Management.Automation.Internal.AutomationNull]::Value
@([System.Management.Automation.Internal.AutomationNull]::Value).Count
@($null).Count
$x = [System.Management.Automation.Internal.AutomationNull]::Value
$null -eq $x
[System.Management.Automation.Internal.AutomationNull].FullName
