# secure-errors: text that is not a standard string, a plain-text password for a PSCredential,
# and the prompts of Read-Host and Get-Credential without a terminal are errors
ConvertTo-SecureString 'not a standard string'
[pscredential]::new('jdoe', 'plain')
Read-Host 'Name'
Get-Credential -UserName jdoe
'done'
