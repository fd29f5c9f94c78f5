# methods: common string methods and array Count
$s = '  Hello, World  '
$t = $s.Trim()
$t
$t.ToUpper()
$t.ToLower()
$t.Length
$t.Substring(7)
$t.Substring(0, 5)
$t.Replace('World', 'There')
$t.Contains('World')
$t.Contains('world')
$t.StartsWith('Hell')
$t.EndsWith('!')
$t.IndexOf('o')
$t.LastIndexOf('o')
$t.Split(',')[1].Trim()
'7'.PadLeft(3, '0')
'ab'.PadRight(4) + '|'
$s.TrimStart() + '|'
'a-b-c'.Split('-').Count
@(1, 2, 3).Count
'abc'[1]
'x'.Equals('X')
'hello'.Insert(0, '>')
