# .NET lists: List[T] converts what it is given, ArrayList.Add returns the index, both enumerate
$list = [System.Collections.Generic.List[int]]::new()
$list.Add('5')
$list.Add(3)
$list.AddRange([int[]](9, 1))
$list.Count
$list -join ','
$list.GetType().Name
$list -is [System.Collections.Generic.List[int]]
$list.Sort()
$list -join ','
$list.Contains(9)
$list.Remove(9)
$list.Remove(42)
$list.IndexOf(5)
$list.Insert(0, 7)
$list[0]
$list[0] = '8'
$list[0].GetType().Name
($list | Measure-Object -Sum).Sum
$list.FindAll({ param($n) $n -gt 2 }) -join ','
$list.Find({ $args[0] -gt 4 })
$list.Exists({ param($n) $n -eq 1 })
$list.RemoveAll({ param($n) $n -lt 4 })
$list -join ','
$list.ToArray().GetType().Name
try { $list.Add('x') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $list.RemoveAt(10) } catch { $_.Exception.Message }
$arrayList = New-Object System.Collections.ArrayList
$arrayList.Add('a')
[void]$arrayList.Add(2)
$arrayList.Count
$arrayList.GetType().FullName
[System.Collections.ArrayList]$typed = @(3, 1, 2)
$typed.Reverse()
$typed -join ','
$typed.GetRange(1, 2) -join ','
@($typed).GetType().Name
$names = [System.Collections.Generic.List[string]]@('b', 'a')
$names.Contains('B')
foreach ($name in $names) { "name $name" }
