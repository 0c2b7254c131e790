using Destino.Domain.Common;

namespace Destino.Application.Payments;

/// <summary>
/// Charges and refunds cards. Square in production; a sandbox that mimics Square's test nonces elsewhere.
/// </summary>
public interface IPaymentGateway
{
    Task<PaymentResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// A charge of one order; the idempotency key comes from the order, so a retry can never charge twice.
/// </summary>
public sealed record ChargeRequest(string IdempotencyKey, string SourceId, Money Amount, Guid OrderId)
{
    public override string ToString() => $"{nameof(ChargeRequest)} {{ OrderId = {OrderId}, Amount = {Amount} }}";
}

public sealed record RefundRequest(string IdempotencyKey, string PaymentId, Money Amount, Guid OrderId);

public enum PaymentOutcome
{
    Completed,
    AwaitingConfirmation,
    Declined,
    Unavailable,
}

public sealed record PaymentResult(PaymentOutcome Outcome, string? PaymentId, string? DeclineCode = null)
{
    public static PaymentResult Unavailable() => new(PaymentOutcome.Unavailable, null);

    public static PaymentResult Declined(string code, string? paymentId = null) =>
        new(PaymentOutcome.Declined, paymentId, code);
}

public sealed record RefundResult(bool Succeeded, string? RefundId, string? FailureCode = null);
