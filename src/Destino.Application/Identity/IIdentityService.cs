namespace Destino.Application.Identity;

/// <summary>Accounts, passwords, roles and lockout, kept by ASP.NET Core Identity in Infrastructure.</summary>
public interface IIdentityService
{
    /// <summary>Creates a customer account; a taken email or a refused password is a validation failure.</summary>
    Task<UserProfile> RegisterAsync(string email, string password, string role, CancellationToken cancellationToken);

    /// <summary>Checks a password, counting failures toward lockout and clearing them on success.</summary>
    Task<SignInAttempt> SignInAsync(string email, string password, CancellationToken cancellationToken);

    Task<UserProfile?> FindAsync(Guid userId, CancellationToken cancellationToken);
}

public interface IAccessTokenIssuer
{
    AccessToken Issue(UserProfile user);
}
