# process-cmdlets: Get-Process reads /proc into Process objects shown as pwsh's process table; Stop-Process stops by id with -WhatIf and -PassThru; unknown names and ids are errors
$self = Get-Process -Id $PID
$self.pstypenames[0]
$self -is [System.Diagnostics.Process]
$self.Id -eq $PID
$self.Name -eq $self.ProcessName
$self.WS -eq $self.WorkingSet64 -and $self.WorkingSet64 -gt 0
$self.VM -eq $self.VirtualMemorySize64
$self.CPU -is [double]
$self.StartTime -is [datetime] -and $self.StartTime -le (Get-Date)
$self.Threads.Count -ge 1
$self.Path -eq (Get-Item $self.Path).FullName
$self.CommandLine -like "*$($self.ProcessName)*"
(Get-Process -Name $self.ProcessName | Where-Object Id -eq $PID).Id -eq $PID
(Get-Process | Where-Object Id -eq $PID).Id -eq $PID
($self | Get-Process).Id -eq $PID
@(Get-Process -Name 'no-such-process-*').Count
$lines = $self | Out-String -Stream
$lines[1]
$lines[2]
$lines[3] -match "^ +\d+ +[\d,]+\.\d\d +[\d,]+\.\d\d +[\d,]+\.\d\d +$PID +\S+ $([regex]::Escape($self.ProcessName))$"
try { Get-Process -Name no-such-process -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
try { Get-Process -Name 12345678 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-Process -Id 2147483000 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$sleeper = [int](bash -c 'sleep 60 > /dev/null 2>&1 & echo $!')
# The child is bash until it has started sleep.
for ($n = 0; $n -lt 250 -and (Get-Process -Id $sleeper).ProcessName -ne 'sleep'; $n++) { Start-Sleep -Milliseconds 20 }
(Get-Process -Id $sleeper).ProcessName
(Stop-Process -Id $sleeper -PassThru).ProcessName
