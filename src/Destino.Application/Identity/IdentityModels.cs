namespace Destino.Application.Identity;

/// <summary>Who a signed-in person is, as the API shows it back to them.</summary>
public sealed record UserProfile(Guid Id, string Email, IReadOnlyList<string> Roles);

/// <summary>A bearer token and the moment it stops being accepted.</summary>
public sealed record AccessToken(string Token, string TokenType, DateTimeOffset ExpiresAt);

public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
}

public sealed record SignInAttempt(SignInOutcome Outcome, UserProfile? User)
{
    public static SignInAttempt Failed(SignInOutcome outcome) => new(outcome, null);
}
