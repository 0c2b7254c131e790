using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Destino.Application.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Destino.Infrastructure.Payments;

/// <summary>
/// Square's Payments and Refunds APIs over a typed HttpClient. Retries, the circuit breaker and the timeouts live in
/// the client's resilience pipeline; every retry resends the same idempotency key, so Square charges at most once.
/// </summary>
internal sealed partial class SquarePaymentGateway(
    HttpClient http,
    IOptions<SquareOptions> options,
    ILogger<SquarePaymentGateway> logger) : IPaymentGateway
{
    public async Task<PaymentResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var body = new SquareCreatePayment(
            request.IdempotencyKey,
            request.SourceId,
            new SquareMoney(request.Amount.Amount, request.Amount.Currency),
            options.Value.LocationId,
            request.OrderId.ToString(),
            Autocomplete: true);

        var response = await SendAsync("v2/payments", body, cancellationToken);
        if (response is null)
        {
            return PaymentResult.Unavailable();
        }

        var (status, answer) = response.Value;
        if (status == HttpStatusCode.OK && answer?.Payment is { Id: { } paymentId } payment)
        {
            return payment.Status switch
            {
                "COMPLETED" => new PaymentResult(PaymentOutcome.Completed, paymentId),
                "APPROVED" or "PENDING" => new PaymentResult(PaymentOutcome.AwaitingConfirmation, paymentId),
                _ => PaymentResult.Declined(payment.Status ?? "UNKNOWN", paymentId),
            };
        }

        var error = answer?.Errors is [var first, ..] ? first : null;
        if (IsCustomerFixable(status, error))
        {
            return PaymentResult.Declined(error!.Code!, answer?.Payment?.Id);
        }

        LogUnexpectedAnswer(request.OrderId, (int)status, error?.Code);
        return PaymentResult.Unavailable();
    }

    public async Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var body = new SquareRefundPayment(
            request.IdempotencyKey,
            request.PaymentId,
            new SquareMoney(request.Amount.Amount, request.Amount.Currency),
            $"Refund of order {request.OrderId}");

        var response = await SendAsync("v2/refunds", body, cancellationToken);
        if (response is null)
        {
            return new RefundResult(false, null);
        }

        var (status, answer) = response.Value;
        if (status == HttpStatusCode.OK
            && answer?.Refund is { Id: { } refundId, Status: not "REJECTED" and not "FAILED" })
        {
            return new RefundResult(true, refundId);
        }

        var code = (answer?.Errors is [var first, ..] ? first.Code : null) ?? answer?.Refund?.Status;
        LogUnexpectedAnswer(request.OrderId, (int)status, code);
        return (int)status >= 500 || code is null ? new RefundResult(false, null) : new RefundResult(false, null, code);
    }

    /// <summary>
    /// Card declines and bad card data, which a customer can fix with another card; not our own faults.
    /// </summary>
    private static bool IsCustomerFixable(HttpStatusCode status, SquareError? error) =>
        error?.Code is not null
        && status is HttpStatusCode.BadRequest or HttpStatusCode.PaymentRequired
        && error.Category is "PAYMENT_METHOD_ERROR" or "INVALID_REQUEST_ERROR"
        && error.Code is not ("IDEMPOTENCY_KEY_REUSED" or "INVALID_LOCATION" or "UNAUTHORIZED");

    private async Task<(HttpStatusCode Status, SquarePaymentResponse? Answer)?> SendAsync<TBody>(
        string path, TBody body, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
            var answer = await ReadAnswerAsync(response, cancellationToken);

            return (response.StatusCode, answer);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException
            or BrokenCircuitException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(path, exception.GetType().Name);
            return null;
        }
    }

    private static async Task<SquarePaymentResponse?> ReadAnswerAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<SquarePaymentResponse>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Square unreachable on {Path} after retries: {Failure}")]
    private partial void LogUnreachable(string path, string failure);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Square answered {StatusCode} with error {ErrorCode} for order {OrderId}")]
    private partial void LogUnexpectedAnswer(Guid orderId, int statusCode, string? errorCode);
}
