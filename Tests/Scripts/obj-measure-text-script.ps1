# obj-measure-text-script: Measure-Object -Word, -Line and -Character measure what a script block property returns; an array counts as its elements joined by spaces
("a,b,c", "d,e" | Measure-Object -Word { $_ -split ',' }).Words
('ab', 'cde' | Measure-Object -Character { $_.ToUpper() }).Characters
