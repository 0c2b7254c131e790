using Microsoft.AspNetCore.Identity;

namespace Destino.Infrastructure.Identity;

public sealed class DestinoUser : IdentityUser<Guid>;

public sealed class DestinoRole : IdentityRole<Guid>;
