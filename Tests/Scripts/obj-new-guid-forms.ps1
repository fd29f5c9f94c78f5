# obj-new-guid-forms: New-Guid -Empty, a GUID parsed from -InputObject or piped strings, a version 7 GUID by default, an error for a string that is no GUID
(New-Guid -Empty).ToString()
(New-Guid -Empty:$false).ToString() -ne '00000000-0000-0000-0000-000000000000'
(New-Guid '0f8fad5bd9cb469fa16570867728950e').Guid
('11C43EE8-B9D3-4E51-B73F-BD9DDA66E29C', '{0f8fad5b-d9cb-469f-a165-70867728950e}' | New-Guid).Guid
(New-Guid).ToString()[14]
(New-Guid -InputObject 'nope' -ErrorAction SilentlyContinue -ErrorVariable bad) -eq $null
$bad[0].FullyQualifiedErrorId
try { New-Guid -Empty -InputObject 'x' } catch { $_.FullyQualifiedErrorId }
$g = New-Guid
(New-Guid $g.ToString()) -eq $g
$g -eq $g.ToString().ToUpper()
$g -eq (New-Guid)
