using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Destino.Infrastructure.Identity;

/// <summary>
/// The one symmetric key tokens are signed and checked with. Without a configured key (allowed outside Production
/// only) a random key is made per process: tokens then die with the process and no replica accepts another's.
/// </summary>
public sealed class JwtSigningKey
{
    public JwtSigningKey(JwtOptions options)
    {
        IsEphemeral = string.IsNullOrEmpty(options.SigningKey);
        var bytes = IsEphemeral ? RandomNumberGenerator.GetBytes(64) : Encoding.UTF8.GetBytes(options.SigningKey!);
        Key = new SymmetricSecurityKey(bytes);
    }

    public SymmetricSecurityKey Key { get; }

    public bool IsEphemeral { get; }
}
