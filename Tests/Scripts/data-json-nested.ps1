# data-json-nested: ConvertTo-Json lays out nested objects, arrays and hashtables with 2-space indentation
[pscustomobject]@{Name='a'; Tags='x','y'; Nested=@{k=1}} | ConvertTo-Json
[pscustomobject]@{Id=1; Empty=@(); NoProps=[pscustomobject]@{}; Inner=[ordered]@{b=$true; c=$null}} | ConvertTo-Json
