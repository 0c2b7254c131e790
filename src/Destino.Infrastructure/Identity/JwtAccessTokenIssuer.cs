using System.Security.Claims;
using Destino.Application.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Destino.Infrastructure.Identity;

/// <summary>Short-lived HS256 access tokens carrying the user id, email and roles.</summary>
internal sealed class JwtAccessTokenIssuer(IOptions<JwtOptions> options, JwtSigningKey signingKey, TimeProvider clock)
    : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler handler = new();

    public AccessToken Issue(UserProfile user)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expiresAt = now.AddMinutes(settings.AccessTokenMinutes);

        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(user.Roles.Select(role => new Claim(DestinoClaims.Role, role)));

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        });

        return new AccessToken(token, "Bearer", expiresAt);
    }
}

public static class DestinoClaims
{
    public const string Role = "role";
    public const string Subject = JwtRegisteredClaimNames.Sub;
}
