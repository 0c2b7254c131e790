namespace Destino.Infrastructure.Payments;

/// <summary>
/// Settings under <c>Square</c>. The webhook signature key and notification URL are what Square signs webhooks
/// with: the HMAC-SHA256 of the notification URL followed by the raw body.
/// </summary>
public sealed class SquareOptions
{
    public const string SectionName = "Square";

    public string? WebhookSignatureKey { get; set; }

    /// <summary>The exact URL registered with Square for webhook delivery, scheme and path included.</summary>
    public string? WebhookNotificationUrl { get; set; }
}
