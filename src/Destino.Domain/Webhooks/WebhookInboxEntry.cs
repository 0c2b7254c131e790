namespace Destino.Domain.Webhooks;

/// <summary>
/// One Square event that was acted on, keyed by Square's event_id. Written in the same transaction as the change
/// the event causes, so an event is either applied and recorded, or neither.
/// </summary>
public sealed class WebhookInboxEntry
{
    public const int MaxEventIdLength = 100;
    public const int MaxEventTypeLength = 100;
    public const int MaxOutcomeLength = 200;

    private WebhookInboxEntry()
    {
        EventId = string.Empty;
        EventType = string.Empty;
        Outcome = string.Empty;
    }

    public WebhookInboxEntry(string eventId, string eventType, DateTimeOffset createdAt, DateTimeOffset receivedAt)
    {
        EventId = eventId;
        EventType = eventType;
        CreatedAt = createdAt;
        ReceivedAt = receivedAt;
        Outcome = "received";
    }

    public string EventId { get; private set; }

    public string EventType { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>What processing did, such as "order paid" or "ignored: no matching order".</summary>
    public string Outcome { get; private set; }

    public void RecordOutcome(string outcome) =>
        Outcome = outcome.Length <= MaxOutcomeLength ? outcome : outcome[..MaxOutcomeLength];
}
