using Destino.Infrastructure.Identity;
using Destino.Infrastructure.Payments;
using Destino.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Destino.Api.Security;

/// <summary>
/// In Production the process refuses to start while a required setting is missing or weak, and the start-up error
/// names every such setting with its environment variable. Other environments start with no configuration at all.
/// </summary>
internal sealed class ProductionSettingsValidation(IHostEnvironment environment)
    : IValidateOptions<DatabaseOptions>,
        IValidateOptions<JwtOptions>,
        IValidateOptions<SquareOptions>,
        IValidateOptions<PaymentsOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentsOptions options) =>
        Check(options.Gateway == PaymentGatewayKind.Square
            ? null
            : "Payments:Gateway (Payments__Gateway) must be Square in Production; the sandbox gateway takes no money.");

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
        Check(Required(options.ConnectionString, "Database:ConnectionString", "Database__ConnectionString"));

    public ValidateOptionsResult Validate(string? name, JwtOptions options) =>
        Check(options.HasStrongKey
            ? null
            : $"Jwt:SigningKey (Jwt__SigningKey or NEXTAUTH_SECRET) is required in Production and must be at least "
                + $"{JwtOptions.MinimumKeyBytes} bytes; generate 32 random bytes or more.");

    public ValidateOptionsResult Validate(string? name, SquareOptions options) =>
        Check(
            Required(options.WebhookSignatureKey, "Square:WebhookSignatureKey", "Square__WebhookSignatureKey"),
            Required(options.AccessToken, "Square:AccessToken", "Square__AccessToken"),
            Required(options.LocationId, "Square:LocationId", "Square__LocationId"),
            Uri.TryCreate(options.WebhookNotificationUrl, UriKind.Absolute, out var url)
            && url.Scheme == Uri.UriSchemeHttps
                ? null
                : "Square:WebhookNotificationUrl (Square__WebhookNotificationUrl) is required in Production "
                    + "and must be the https URL registered with Square.");

    private ValidateOptionsResult Check(params string?[] failures)
    {
        if (!environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }

        var missing = failures.OfType<string>().ToList();

        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }

    private static string? Required(string? value, string setting, string environmentVariable) =>
        string.IsNullOrWhiteSpace(value) ? $"{setting} ({environmentVariable}) is required in Production." : null;
}
