# data-help-page-unconfirmed: Get-Help of a function without help; the section layout is unconfirmed in the reference
function Get-Thing { param([string]$Name, [switch]$Force) }
Get-Help Get-Thing
(Get-Help Get-Content)[1..2]
