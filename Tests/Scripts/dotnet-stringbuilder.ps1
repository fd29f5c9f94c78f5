# StringBuilder: methods return the builder, so scripts chain them or cast to [void]
$sb = [System.Text.StringBuilder]::new()
[void]$sb.Append('Name').Append(':')
[void]$sb.AppendLine(' report')
[void]$sb.AppendFormat('{0} users, {1:N1}%', 12, 99.5)
$sb.ToString()
$sb.Length
"$sb".Length
[void]$sb.Clear()
$sb.Append('x', 3).ToString()
$sb.Insert(1, '-').Replace('x', 'y').ToString()
$sb.Remove(0, 2).ToString()
$sb
$sb.GetType().FullName
