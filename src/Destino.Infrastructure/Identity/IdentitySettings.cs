namespace Destino.Infrastructure.Identity;

/// <summary>Settings under <c>Identity</c>: lockout and the optional first administrator.</summary>
public sealed class IdentitySettings
{
    public const string SectionName = "Identity";

    public int MaxFailedSignInAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>With <see cref="InitialAdminPassword"/>, creates this administrator at start-up when missing.</summary>
    public string? InitialAdminEmail { get; set; }

    public string? InitialAdminPassword { get; set; }
}
