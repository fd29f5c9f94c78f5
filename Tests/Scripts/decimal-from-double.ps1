# decimal-from-double: a double converted to [decimal] keeps 15 significant digits, as .NET converts it
[decimal]4567.123456789
[decimal]0.1
[decimal]1e20
[decimal](1/3)
[decimal]12345678901234567
