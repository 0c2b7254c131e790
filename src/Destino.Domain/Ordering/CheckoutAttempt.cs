namespace Destino.Domain.Ordering;

/// <summary>
/// A customer's Idempotency-Key, the fingerprint of the request that first used it, and the order it created.
/// Stored with the order in one transaction, so a retried checkout finds its order instead of placing another.
/// </summary>
public sealed class CheckoutAttempt
{
    public const int MaxKeyLength = 100;

    private CheckoutAttempt()
    {
        IdempotencyKey = string.Empty;
        RequestFingerprint = string.Empty;
    }

    public CheckoutAttempt(
        Guid customerId, string idempotencyKey, string requestFingerprint, Guid orderId, DateTimeOffset createdAt)
    {
        CustomerId = customerId;
        IdempotencyKey = idempotencyKey;
        RequestFingerprint = requestFingerprint;
        OrderId = orderId;
        CreatedAt = createdAt;
    }

    public Guid CustomerId { get; private set; }

    public string IdempotencyKey { get; private set; }

    public string RequestFingerprint { get; private set; }

    public Guid OrderId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
