# Group-Object with two properties joins the values with ", "; -NoElement drops the members
$people = @(
  [pscustomobject]@{ Dept = 'IT'; Site = 'Oslo' }
  [pscustomobject]@{ Dept = 'HR'; Site = 'Rome' }
  [pscustomobject]@{ Dept = 'IT'; Site = 'Oslo' }
  [pscustomobject]@{ Dept = 'IT'; Site = 'Rome' }
)
$people | Group-Object Dept, Site | ForEach-Object { "$($_.Name) -> $($_.Count)" }
$n = $people | Group-Object Dept -NoElement
$n | ForEach-Object { "$($_.Name) $($_.Count) $($_.Group.Count)" }
