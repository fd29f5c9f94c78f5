# static-members: static properties and methods of .NET types
[int]::MaxValue
[int]::MinValue
[long]::MaxValue
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(2.567, 2)
[math]::Max(3, 7)
[math]::Min(-1, 4)
[math]::Abs(-9)
[math]::Pow(2, 10)
[math]::Sqrt(16)
[string]::Join('-', @('a', 'b', 'c'))
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty('x')
[string]::Empty.Length
[System.Math]::Floor(-1.5)
[int]::Parse('123') + 1
