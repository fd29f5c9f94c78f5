# for-loop: init, condition and step
for ($i = 0; $i -lt 3; $i++) { "i=$i" }
for ($i = 10; $i -gt 0; $i -= 4) { $i }
$s = ''
for ($c = [int][char]'a'; $c -le [int][char]'e'; $c += 2) { $s += [char]$c }
$s
$j = 0
for (; $j -lt 2;) { $j++ }
"j=$j"
