# format-calculated: calculated columns with n/e, Label/Expression and FormatString (§1.3)
$rows = [pscustomobject]@{Name='alpha'; Bytes=1536}, [pscustomobject]@{Name='beta'; Bytes=2048000}
$rows | Format-Table Name, @{n='KB'; e={$_.Bytes / 1KB}; FormatString='N1'}, @{Label='Half'; Expression={$_.Bytes / 2}}
