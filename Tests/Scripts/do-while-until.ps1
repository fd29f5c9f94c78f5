# do-while-until: the body always runs at least once
$i = 0
do { "while $i"; $i++ } while ($i -lt 2)
$j = 5
do { "once $j" } while ($j -lt 0)
$k = 0
do { $k += 2 } until ($k -ge 5)
"k=$k"
$m = 10
do { "until body $m" } until ($true)
