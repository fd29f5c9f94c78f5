# Update-FormatData loads table and list views from a format.ps1xml file: labels, widths and
# alignment from the headers, a script block column, PSTypeNames.Insert choosing the view; a
# runspace's update stays in it; a missing file, a wrong extension and bad XML are errors.
$path = Join-Path $env:HOME 'demo.format.ps1xml'
Set-Content -Path $path -Value @'
<?xml version="1.0" encoding="utf-8"?>
<Configuration>
  <ViewDefinitions>
    <View>
      <Name>Demo.Table</Name>
      <ViewSelectedBy><TypeName>Demo.Item</TypeName></ViewSelectedBy>
      <TableControl>
        <TableHeaders>
          <TableColumnHeader><Label>Left</Label><Alignment>Left</Alignment></TableColumnHeader>
          <TableColumnHeader><Label>Center</Label><Alignment>Center</Alignment></TableColumnHeader>
          <TableColumnHeader><Label>Right</Label><Alignment>Right</Alignment></TableColumnHeader>
          <TableColumnHeader><Label>Twice &amp; more</Label></TableColumnHeader>
        </TableHeaders>
        <TableRowEntries>
          <TableRowEntry>
            <TableColumnItems>
              <TableColumnItem><PropertyName>Left</PropertyName></TableColumnItem>
              <TableColumnItem><PropertyName>Center</PropertyName></TableColumnItem>
              <TableColumnItem><PropertyName>Right</PropertyName></TableColumnItem>
              <TableColumnItem><ScriptBlock>$_.Right * 2</ScriptBlock></TableColumnItem>
            </TableColumnItems>
          </TableRowEntry>
        </TableRowEntries>
      </TableControl>
    </View>
    <View>
      <Name>Demo.List</Name>
      <ViewSelectedBy><TypeName>Demo.Item</TypeName></ViewSelectedBy>
      <ListControl>
        <ListEntries>
          <ListEntry>
            <ListItems>
              <ListItem><Label>First</Label><PropertyName>Left</PropertyName></ListItem>
              <ListItem><PropertyName>Right</PropertyName></ListItem>
            </ListItems>
          </ListEntry>
        </ListEntries>
      </ListControl>
    </View>
  </ViewDefinitions>
</Configuration>
'@
$item = [pscustomobject]@{ Left = 1; Center = 2; Right = 3 }
$item.PSTypeNames.Insert(0, 'Demo.Item')
$item.PSObject.TypeNames[0]
$ps = [powershell]::Create()
$null = $ps.AddScript({ param($file, $object) Update-FormatData -AppendPath $file; $object | Out-String }).AddArgument($path).AddArgument($item)
$ps.Invoke()
'--- not loaded here yet'
$item | Format-List
Update-FormatData -PrependPath $path
$item
$item | Format-List
function Show-Failure([string]$File) {
  try { Update-FormatData -AppendPath (Join-Path $env:HOME $File) -ErrorAction Stop }
  catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($env:HOME, '~') }
}
Show-Failure 'missing.format.ps1xml'
Set-Content -Path (Join-Path $env:HOME 'notes.txt') -Value '<Configuration/>'
Show-Failure 'notes.txt'
Set-Content -Path (Join-Path $env:HOME 'broken.format.ps1xml') -Value "<Configuration>`n<ViewDefinitions>`n</Configuration>"
Show-Failure 'broken.format.ps1xml'
