# secure-strings: a SecureString from plain text shows only its type name and Length, reads back
# with ConvertFrom-SecureString, and makes a PSCredential through New-Object or ::new
$secure = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force
$secure
$secure.Length
$secure.GetType().FullName
"$secure"
$secure -is [securestring]
$secure | ConvertFrom-SecureString -AsPlainText
$stored = $secure | ConvertFrom-SecureString
($stored | ConvertTo-SecureString | ConvertFrom-SecureString -AsPlainText) -eq 'P@ssw0rd1'
$cred = New-Object System.Management.Automation.PSCredential ('CONTOSO\jdoe', $secure)
$cred.UserName
$cred.Password
$net = $cred.GetNetworkCredential()
$net.UserName
$net.Password
$net.Domain
$other = [pscredential]::new('jdoe', (ConvertTo-SecureString 'x' -AsPlainText))
$other.GetType().FullName
$other.GetNetworkCredential().Domain -eq ''
$cred
