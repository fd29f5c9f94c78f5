# format-five-properties-list: an object with five properties prints as a list at the end of
# the pipeline
[pscustomobject]@{Name='srv1'; Cpu=4; Memory=16; Os='Linux'; Online=$true}
