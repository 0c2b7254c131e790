using Destino.Domain.Webhooks;

namespace Destino.Application.Webhooks;

public enum WebhookOutcome
{
    Processed,
    Duplicate,
}

/// <summary>
/// The durable inbox. Inserts the entry and runs the change in one transaction; a second delivery of the same
/// event_id finds the row and changes nothing. If the change throws, neither the row nor the change is kept.
/// </summary>
public interface IWebhookInbox
{
    Task<WebhookOutcome> ProcessOnceAsync(
        WebhookInboxEntry entry,
        Func<CancellationToken, Task<string>> applyChange,
        CancellationToken cancellationToken);
}

public enum ClaimResult
{
    Claimed,
    AlreadyProcessed,
    InFlight,
    Unavailable,
}

/// <summary>
/// A fast path in Redis for deliveries already processed. Only a hint: the inbox is the source of truth, so a
/// missing or lost claim never lets an event through twice, and a claim never outlives a failed attempt.
/// </summary>
public interface IWebhookClaims
{
    Task<ClaimResult> TryClaimAsync(string eventId);

    Task MarkProcessedAsync(string eventId);

    Task ReleaseAsync(string eventId);
}

/// <summary>Applies one verified, first-time event to the orders it concerns and says what it did.</summary>
public interface ISquareEventApplier
{
    Task<string> ApplyAsync(SquareEvent squareEvent, CancellationToken cancellationToken);
}

public sealed class WebhookAgeOptions
{
    public const string SectionName = "Square:Webhooks";

    /// <summary>Square retries a failed delivery for up to 72 hours with the original created_at.</summary>
    public int MaxEventAgeHours { get; set; } = 72;

    public int AllowedClockSkewMinutes { get; set; } = 5;

    public long MaxBodyBytes { get; set; } = 256 * 1024;
}

public sealed class StaleWebhookException(string reason) : Exception(reason);
