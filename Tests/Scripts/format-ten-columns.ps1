# format-ten-columns: Format-Table generating columns from all properties keeps the first 10
# (§1.1, LimitAssociationListSize)
[pscustomobject]@{A=1;B=2;C=3;D=4;E=5;F=6;G=7;H=8;I=9;J=10;K=11;L=12} | Format-Table
