# A method declared void writes nothing to the pipeline (AutomationNull); assigned, it is $null.
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(1)
@($list.Add(2)).Count
$result = $list.Add(3)
$null -eq $result
$list.Count
$table = @{}
$table.Add('a', 1)
@($table.Clear()).Count
$list.Insert(0, 9) | Measure-Object | ForEach-Object Count
class Counter {
  [int] $Value
  [void] Bump() { $this.Value++ }
  Reset() { $this.Value = 0 }
  [int] Next() { return $this.Value + 1 }
}
$counter = [Counter]::new()
$counter.Bump()
@($counter.Bump()).Count
@($counter.Reset()).Count
$counter.Next()
$array = [System.Collections.ArrayList]::new()
$array.Add('x')
@($null).Count
