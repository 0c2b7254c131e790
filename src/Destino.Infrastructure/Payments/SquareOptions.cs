namespace Destino.Infrastructure.Payments;

/// <summary>
/// Settings under <c>Square</c>. The webhook signature key and notification URL are what Square signs webhooks
/// with: the HMAC-SHA256 of the notification URL followed by the raw body.
/// </summary>
public sealed class SquareOptions
{
    public const string SectionName = "Square";

    public string? WebhookSignatureKey { get; set; }

    /// <summary>
    /// Secret. The key being rotated out: accepted alongside the current one until Square stops using it.
    /// </summary>
    public string? WebhookPreviousSignatureKey { get; set; }

    /// <summary>The exact URL registered with Square for webhook delivery, scheme and path included.</summary>
    public string? WebhookNotificationUrl { get; set; }

    /// <summary>Secret. The access token of the bakery's Square application, sent as a bearer token.</summary>
    public string? AccessToken { get; set; }

    public string? LocationId { get; set; }

    /// <summary>Square's production API; https://connect.squareupsandbox.com for Square's own sandbox.</summary>
    public Uri BaseUrl { get; set; } = new("https://connect.squareup.com");

    /// <summary>The API version every request pins in the Square-Version header.</summary>
    public string ApiVersion { get; set; } = "2025-01-23";
}
