// IdentityEngine
