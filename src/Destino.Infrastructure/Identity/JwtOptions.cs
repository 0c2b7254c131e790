using System.Text;

namespace Destino.Infrastructure.Identity;

/// <summary>
/// Settings under <c>Jwt</c>. The signing key is what the launch plan calls NEXTAUTH_SECRET, and that environment
/// variable is read as a fallback for <c>Jwt:SigningKey</c>.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";
    public const string LaunchPlanVariable = "NEXTAUTH_SECRET";
    public const int MinimumKeyBytes = 32;

    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "destino";

    public string Audience { get; set; } = "destino-api";

    public int AccessTokenMinutes { get; set; } = 15;

    public bool HasStrongKey => SigningKey is not null && Encoding.UTF8.GetByteCount(SigningKey) >= MinimumKeyBytes;
}
