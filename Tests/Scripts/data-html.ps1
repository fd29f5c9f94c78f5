# data-html: ConvertTo-Html writes pwsh's XHTML markup line for line: page frame, colgroup, header and rows, lists, fragments, calculated columns, head options
$rows = [pscustomobject]@{ Name = 'Ann & Bo'; Size = 3; Note = $null },
  [pscustomobject]@{ Name = '<b>'; Size = 12; Note = "it's" }
$rows | ConvertTo-Html
'--'
$rows | ConvertTo-Html -Fragment -Property Name, @{ Label = 'Big'; Expression = { $_.Size -gt 5 }; Width = 20; Alignment = 'right' }, Missing
'--'
$rows | ConvertTo-Html -As List -Fragment -PreContent '<h2>People</h2>' -PostContent '<p>end</p>', '<p>bye</p>'
'--'
[pscustomobject]@{ A = 1 } | ConvertTo-Html -Title 'Report' -CssUri 'style.css' -Body '<h1>Hi</h1>' -Charset 'UTF-8' -Meta @{ author = 'ops' } -Transitional
'--'
@() | ConvertTo-Html -Head '<style>td{}</style>' -Title 'ignored'
'--'
$html = 'abc' | ConvertTo-Html -Fragment -Property Length, N*
$html.GetType().Name
$html[2]
$rows | ConvertTo-Html -Fragment -Property S* | Select-Object -Skip 2 -First 1
'--'
try { [pscustomobject]@{ A = 1 } | ConvertTo-Html -Fragment -Meta @{ author = 'x' } } catch { $_.FullyQualifiedErrorId }
try { [pscustomobject]@{ A = 1 } | ConvertTo-Html -Charset '-bad' } catch { $_.FullyQualifiedErrorId }
try { [pscustomobject]@{ A = 1 } | ConvertTo-Html -As Grid } catch { $_.FullyQualifiedErrorId }
try { [pscustomobject]@{ A = 1 } | ConvertTo-Html -CssUri ' ' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
[pscustomobject]@{ A = 1 } | ConvertTo-Html -Meta @{ refresh = '30' } | Select-Object -Index 3
