# Dictionary[K,V], HashSet[T], Queue and Stack as .NET defines them; [ref] for TryGetValue
$counts = [System.Collections.Generic.Dictionary[string, int]]::new()
$counts.Add('Sales', '3')
$counts['IT'] = 2
$counts.Sales + $counts['IT']
$counts.ContainsKey('sales')
$null -eq $counts['nobody']
$found = 0
$counts.TryGetValue('IT', [ref]$found)
$found
$counts.TryGetValue('HR', [ref]$found)
$found
try { $counts.Add('IT', 5) } catch { $_.Exception.Message }
$counts.Remove('IT')
$counts.Remove('IT')
$counts
$loose = [System.Collections.Generic.Dictionary[string, string]]::new([StringComparer]::OrdinalIgnoreCase)
$loose['Key'] = 'v'
$loose['KEY']
$set = [System.Collections.Generic.HashSet[string]]::new()
$set.Add('a')
$set.Add('a')
$set.Add('A')
$set.Count
$set.UnionWith([string[]]('b', 'a'))
$set.Count
$set.IsSupersetOf([string[]]('a', 'b'))
$quiet = [System.Collections.Generic.HashSet[string]]::new([string[]]('x', 'X', 'y'), [StringComparer]::OrdinalIgnoreCase)
$quiet.Count
$queue = [System.Collections.Queue]::new()
$queue.Enqueue('first')
$queue.Enqueue('second')
$queue.Peek()
$queue.Dequeue()
$queue.Count
$stack = [System.Collections.Generic.Stack[int]]::new()
$stack.Push(1)
$stack.Push(2)
$stack -join ','
$stack.Pop()
$stack.Pop()
try { $stack.Pop() } catch { $_.Exception.Message }
$x = 1
$r = [ref]$x
$r.Value = 5
$x
function Add-One([ref]$n) { $n.Value++ }
Add-One ([ref]$x)
$x
