// IdentityCmdlets
