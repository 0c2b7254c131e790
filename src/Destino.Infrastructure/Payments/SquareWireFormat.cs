using System.Text.Json.Serialization;

namespace Destino.Infrastructure.Payments;

/// <summary>The parts of Square's Payments and Refunds API bodies Destino sends and reads (snake_case JSON).</summary>
internal sealed record SquareMoney(
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("currency")] string Currency);

internal sealed record SquareCreatePayment(
    [property: JsonPropertyName("idempotency_key")] string IdempotencyKey,
    [property: JsonPropertyName("source_id")] string SourceId,
    [property: JsonPropertyName("amount_money")] SquareMoney AmountMoney,
    [property: JsonPropertyName("location_id")] string? LocationId,
    [property: JsonPropertyName("reference_id")] string ReferenceId,
    [property: JsonPropertyName("autocomplete")] bool Autocomplete);

internal sealed record SquareRefundPayment(
    [property: JsonPropertyName("idempotency_key")] string IdempotencyKey,
    [property: JsonPropertyName("payment_id")] string PaymentId,
    [property: JsonPropertyName("amount_money")] SquareMoney AmountMoney,
    [property: JsonPropertyName("reason")] string Reason);

internal sealed record SquareError(
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("detail")] string? Detail);

internal sealed record SquarePayment(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status);

internal sealed record SquarePaymentResponse(
    [property: JsonPropertyName("payment")] SquarePayment? Payment,
    [property: JsonPropertyName("refund")] SquarePayment? Refund,
    [property: JsonPropertyName("errors")] IReadOnlyList<SquareError>? Errors);
