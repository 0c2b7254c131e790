using System.Security.Cryptography;
using System.Text;
using Destino.Application.Payments;

namespace Destino.Infrastructure.Payments;

/// <summary>
/// Answers the way Square's sandbox answers its documented test nonces, so checkout works on a laptop with no
/// credentials and no network. Results depend only on the request, so a retry gets the same answer and payment id.
/// Refused at start-up in Production.
/// </summary>
internal sealed class SandboxPaymentGateway : IPaymentGateway
{
    public const string OkNonce = "cnon:card-nonce-ok";

    /// <summary>
    /// Destino's own addition, not one of Square's nonces: answers APPROVED, as Square does for a payment it has
    /// not completed yet, so the webhook that completes it can be tried on a laptop.
    /// </summary>
    public const string ApprovedNonce = "cnon:card-nonce-approved";

    private static readonly Dictionary<string, string> DeclinedNonces = new(StringComparer.Ordinal)
    {
        ["cnon:card-nonce-declined"] = "GENERIC_DECLINE",
        ["cnon:card-nonce-rejected-cvv"] = "CVV_FAILURE",
        ["cnon:card-nonce-rejected-postalcode"] = "ADDRESS_VERIFICATION_FAILURE",
        ["cnon:card-nonce-rejected-expiration"] = "INVALID_EXPIRATION",
        ["cnon:card-nonce-already-used"] = "CARD_TOKEN_USED",
    };

    public Task<PaymentResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var paymentId = SandboxId("payment", request.IdempotencyKey);

        var result = request.SourceId switch
        {
            OkNonce => new PaymentResult(PaymentOutcome.Completed, paymentId),
            ApprovedNonce => new PaymentResult(PaymentOutcome.AwaitingConfirmation, paymentId),
            _ when DeclinedNonces.TryGetValue(request.SourceId, out var code) =>
                PaymentResult.Declined(code, paymentId),
            _ => PaymentResult.Declined("INVALID_CARD_DATA"),
        };

        return Task.FromResult(result);
    }

    public Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundResult(true, SandboxId("refund", request.IdempotencyKey)));

    private static string SandboxId(string kind, string idempotencyKey) =>
        $"sandbox-{kind}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..24]}";
}
