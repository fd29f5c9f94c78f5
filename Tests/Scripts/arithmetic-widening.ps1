# arithmetic-widening: Int32 overflow becomes Double; Int64 operands stay Int64
$x = [int]::MaxValue + 1
$x
$x.GetType().Name
$y = [int]::MaxValue + 1L
$y
$y.GetType().Name
(2147483647 * 2).GetType().Name
$big = 2147483648
$big.GetType().Name
(5 + 2).GetType().Name
(5 + 2.0).GetType().Name
1 + 2.5
[long]::MaxValue + 1
