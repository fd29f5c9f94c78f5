# functions-pipeline: begin/process/end, ValueFromPipeline and $input
function Add-One {
    param([Parameter(ValueFromPipeline)][int]$N)
    begin { 'begin' }
    process { $N + 1 }
    end { 'end' }
}
1..3 | Add-One
function Get-Total {
    begin { $t = 0 }
    process { $t += $_ }
    end { "total $t" }
}
1..4 | Get-Total
function Measure-Input { "count $(@($input).Count)" }
'a', 'b', 'c' | Measure-Input
function Show-Input { foreach ($i in $input) { "in: $i" } }
5, 6 | Show-Input
Add-One -N 10
