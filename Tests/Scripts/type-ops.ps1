# type-ops: -is, -isnot and -as
5 -is [int]
5 -is [long]
'x' -is [string]
5 -isnot [string]
@(1) -is [array]
$null -is [object]
5 -is [ValueType]
'42' -as [int]
('42' -as [int]).GetType().Name
$null -eq ('abc' -as [int])
'3.5' -as [double]
5 -as [string]
(5 -as [string]).GetType().Name
1.5 -is [double]
