# data-json-depth-warning: values deeper than -Depth become their ToString text, with one warning
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Depth 5 -Compress
[pscustomobject]@{L1=[pscustomobject]@{L2=[pscustomobject]@{Tags='x','y'}}} | ConvertTo-Json -Depth 1
[pscustomobject]@{List=1,2,(3,4)} | ConvertTo-Json -Depth 1 -Compress
