# obj-select-string-context: -Context keeps the lines around each match (display marks the match with '>'), -Culture compares -SimpleMatch text as that culture does, -Quiet writes nothing when nothing matches, -Raw and -Quiet are separate parameter sets
$lines = 'one', 'two', 'three', 'four', 'five', 'six'
$lines | Select-String 'three' -Context 1 -NoEmphasis | Out-String -Stream
$m = $lines | Select-String 'three' -Context 2, 1
$m.Context.PreContext -join ','
$m.Context.PostContext -join ','
$m.Context.GetType().FullName
# Matches on neighbouring lines: the display context stops at the next match.
$two = $lines | Select-String 'two', 'three' -Context 1
$two.Count
$two[0].Context.DisplayPostContext.Count
$two[0].Context.PostContext -join ','
$two[1].Context.DisplayPreContext.Count
$two[1].Context.PreContext -join ','
$two[1].ToString()
@($lines | Select-String 'nothing' -Quiet).Count
$lines | Select-String 'four' -Quiet
$lines | Select-String 'six' -Raw -Context 1
# In tr-TR the capital of i is the dotted I, so fIle is not file there.
('file' | Select-String -Pattern 'fIle' -SimpleMatch -Culture tr-TR).Line
('file' | Select-String -Pattern 'fIle' -SimpleMatch -Culture en-US).Line
('file' | Select-String -Pattern "f$([char]0x130)le" -SimpleMatch -Culture tr-TR).Line
('file' | Select-String -Pattern 'fIle' -SimpleMatch -Culture Ordinal).Line
('file' | Select-String -Pattern 'fIle' -SimpleMatch -Culture Ordinal -CaseSensitive).Line
try { 'x' | Select-String -Pattern 'x' -Culture Ordinal } catch { $_.FullyQualifiedErrorId }
try { 'x' | Select-String -Pattern 'x' -Raw -Quiet } catch { $_.FullyQualifiedErrorId }
