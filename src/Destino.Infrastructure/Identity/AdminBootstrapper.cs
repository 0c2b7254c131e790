using Destino.Application.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Destino.Infrastructure.Identity;

/// <summary>
/// Makes the first administrator, from configuration at start-up or from the create-admin verb. There is no default
/// password: without one supplied, nothing is created.
/// </summary>
public sealed partial class AdminBootstrapper(
    UserManager<DestinoUser> users,
    IIdentityService identity,
    IOptions<IdentitySettings> settings,
    ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureConfiguredAdminAsync(CancellationToken cancellationToken)
    {
        var email = settings.Value.InitialAdminEmail;
        var password = settings.Value.InitialAdminPassword;
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await CreateOrPromoteAsync(email, password, cancellationToken);
    }

    /// <summary>Creates the account as an administrator, or adds the Admin role to an existing account.</summary>
    public async Task CreateOrPromoteAsync(string email, string password, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is null)
        {
            var created = await identity.RegisterAsync(email, password, Roles.Admin, cancellationToken);
            LogAdminCreated(created.Id);
            return;
        }

        if (!await users.IsInRoleAsync(existing, Roles.Admin))
        {
            await users.AddToRoleAsync(existing, Roles.Admin);
            LogAdminPromoted(existing.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created administrator {UserId}")]
    private partial void LogAdminCreated(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave the Admin role to existing user {UserId}")]
    private partial void LogAdminPromoted(Guid userId);
}
