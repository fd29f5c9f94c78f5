# runspaces: a runspace shared by two [powershell] objects keeps their functions; a pool gives
# each a fresh one; BeginInvoke/EndInvoke, the invocation state and the verbose/debug streams
$rs = [runspacefactory]::CreateRunspace()
$rs.RunspaceStateInfo.State
$rs.Open()
$rs.RunspaceStateInfo.State
$first = [powershell]::Create()
$first.Runspace = $rs
[void]$first.AddScript('function Get-Twice($n) { $n * 2 }').Invoke()
$second = [powershell]::Create()
$second.Runspace = $rs
$second.InvocationStateInfo.State
$handle = $second.AddScript('Get-Twice 21').BeginInvoke()
$handle.IsCompleted
$second.EndInvoke($handle)
$second.InvocationStateInfo.State
$pool = [runspacefactory]::CreateRunspacePool(1, 4)
$pool.Open()
$pool.GetMaxRunspaces()
$third = [powershell]::Create()
$third.RunspacePool = $pool
$third.AddScript('Get-Command Get-Twice -ErrorAction SilentlyContinue | Measure-Object | % Count').Invoke()
$streams = [powershell]::Create()
$text = 'function f { [CmdletBinding()] param() Write-Verbose ''v''; Write-Debug ''d''; ''out'' }; f -Verbose'
$streams.AddScript($text).Invoke()
$streams.Streams.Verbose[0].Message
$streams.Streams.Debug.Count
$rs.Dispose()
$rs.RunspaceStateInfo.State
