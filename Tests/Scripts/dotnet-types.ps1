# dotnet-types: the sized number types, [guid], [StringComparison] and [StringComparer], .NET enums, ErrorRecord construction, [Environment], [TimeZoneInfo], Windows identities on Linux and .NET regex syntax
([byte]5).GetType().Name
([sbyte]-5).GetType().Name
([int16]5).GetType().Name
([uint16]5).GetType().Name
([uint32]5).GetType().Name
([uint64]5).GetType().Name
([float]1).GetType().Name
([bigint]1).GetType().Name
[float]0.1
[single]1e10
[uint64]::MaxValue
[bigint]'123456789012345678901234567'
[float]1.5 -is [single]
[uint16]7 + 1
try { [byte]300 } catch { $_.Exception.Message }
try { [uint32]-1 } catch { $_.Exception.Message }
try { [int16]'abc' } catch { $_.Exception.Message }
$g = [guid]::Parse('0f8fad5b-d9cb-469f-a165-70867728950e')
$g.ToString('N')
$g.ToString('D')
$g.ToString('B')
$g.ToString('P')
[guid]::Parse('{0F8FAD5B-D9CB-469F-A165-70867728950E}').ToString()
[guid]::Empty.ToString()
[guid]::NewGuid().ToString('N').Length
try { [guid]::Parse('x') } catch { $_.Exception.Message }
'Hello'.Equals('hello', 'OrdinalIgnoreCase')
'Hello'.StartsWith('he', [StringComparison]::OrdinalIgnoreCase)
'Hello'.IndexOf('LL', [StringComparison]::OrdinalIgnoreCase)
'Hello'.IndexOf('LL', [StringComparison]::Ordinal)
[string]::Equals('A', 'a', [StringComparison]::Ordinal)
[StringComparer]::OrdinalIgnoreCase.Equals('ABC', 'abc')
[StringComparer]::Ordinal.Compare('a', 'b') -lt 0
[StringComparison]::OrdinalIgnoreCase
[int][StringComparison]::OrdinalIgnoreCase
[StringComparison]::Ordinal -eq 'Ordinal'
$e = [System.Management.Automation.ErrorRecord]::new([Exception]::new('boom'), 'MyId', [System.Management.Automation.ErrorCategory]::InvalidData, $null)
$e.FullyQualifiedErrorId
$e.CategoryInfo.Category
$e.Exception.Message
try { throw $e } catch { "caught $($_.FullyQualifiedErrorId)" }
[System.Management.Automation.ErrorCategory]::NotSpecified
try { [Security.Principal.WindowsIdentity]::GetCurrent() } catch { $_.Exception.Message }
[Security.Principal.WindowsBuiltInRole]::Administrator
[Environment]::NewLine.Length
[Environment]::SetEnvironmentVariable('ADSH_DOTNET_TEST', 'v')
$env:ADSH_DOTNET_TEST
[Environment]::GetEnvironmentVariable('ADSH_DOTNET_TEST')
[Environment]::OSVersion.Platform
[Environment]::Is64BitProcess
[Environment]::ProcessorCount -gt 0
[TimeZoneInfo]::Utc.Id
[TimeZoneInfo]::Utc.DisplayName
[TimeZoneInfo]::Utc.BaseUtcOffset.TotalHours
'a{1, 2}b' -match 'a{1, 2}b'
'ab' -match ''
'x{,2}' -replace '{,2}', '!'
'aab' -match '^a{2}b$'
'[x]' -match '[[]x'
[regex]::Matches('abc', '').Count
