# format-list-basic: reference §1.5 sample; the empty value keeps the space after the colon
[pscustomobject]@{Name='Alpha'; Value=1; Enabled=$true; Tags='a','b','c','d','e'; Created=$null} | Format-List
