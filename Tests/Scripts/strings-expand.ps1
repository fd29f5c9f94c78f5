# strings-expand: variables, subexpressions and escapes in double quotes
$name = 'World'
$n = 3
"Hello $name"
"n is $n, next is $($n + 1)"
$s = 'abc'
"$s.Length"
"$($s.Length)"
${my var} = 'braced'
"value: ${my var}"
"${name}s"
"a`tb"
"cost: `$5"
"say ""hi"""
"say `"hi`""
"line1`nline2"
$arr = 1, 2, 3
"arr: $arr"
"idx: $arr[1]"
"idx2: $($arr[1])"
"sum: $(1 + 2)"
"`u{41}BC"
