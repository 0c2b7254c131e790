namespace Destino.Application.Payments;

/// <summary>The card was declined; Square's code (CVV_FAILURE, INSUFFICIENT_FUNDS...) says why.</summary>
public sealed class PaymentDeclinedException(Guid orderId, string declineCode)
    : Exception($"The payment for order {orderId} was declined: {declineCode}.")
{
    public Guid OrderId { get; } = orderId;

    public string DeclineCode { get; } = declineCode;
}

/// <summary>
/// The payment provider could not be reached even after retries. The order is kept as it is, so a retry with the
/// same Idempotency-Key, or Square's webhook, can finish it without charging twice.
/// </summary>
public sealed class PaymentUnavailableException(Guid orderId)
    : Exception($"The payment provider could not be reached for order {orderId}; retry with the same Idempotency-Key.")
{
    public Guid OrderId { get; } = orderId;
}

public sealed class IdempotencyKeyReusedException()
    : Exception("This Idempotency-Key was already used with a different request body.");

public sealed class SoldOutException(string productName)
    : Exception($"{productName} is sold out for today; remove it or lower the quantity.")
{
    public string ProductName { get; } = productName;
}
