using Destino.Application.Identity;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<DestinoUser> users) : IIdentityService
{
    public async Task<UserProfile> RegisterAsync(
        string email, string password, string role, CancellationToken cancellationToken)
    {
        var user = new DestinoUser { Id = Guid.CreateVersion7(), UserName = email, Email = email };

        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new ValidationException(created.Errors.Select(ToFailure));
        }

        await users.AddToRoleAsync(user, role);

        return new UserProfile(user.Id, email, [role]);
    }

    public async Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash anyway so an unknown email takes as long to refuse as a wrong password.
            users.PasswordHasher.HashPassword(new DestinoUser(), password);
            return SignInAttempt.Failed(SignInOutcome.InvalidCredentials);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return SignInAttempt.Failed(SignInOutcome.LockedOut);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return SignInAttempt.Failed(
                await users.IsLockedOutAsync(user) ? SignInOutcome.LockedOut : SignInOutcome.InvalidCredentials);
        }

        await users.ResetAccessFailedCountAsync(user);

        return new SignInAttempt(SignInOutcome.Succeeded, await ToProfileAsync(user));
    }

    public async Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.Users.FirstOrDefaultAsync(candidate => candidate.Id == userId, cancellationToken);

        return user is null ? null : await ToProfileAsync(user);
    }

    private async Task<UserProfile> ToProfileAsync(DestinoUser user) =>
        new(user.Id, user.Email!, [.. await users.GetRolesAsync(user)]);

    private static ValidationFailure ToFailure(IdentityError error) =>
        new(error.Code.Contains("Email", StringComparison.Ordinal)
                || error.Code.Contains("UserName", StringComparison.Ordinal)
                ? "Email"
                : "Password",
            error.Description);
}
