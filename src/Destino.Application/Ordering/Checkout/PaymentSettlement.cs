using Destino.Application.Common.Exceptions;
using Destino.Application.Payments;
using Destino.Domain.Ordering;
using Microsoft.Extensions.Logging;

namespace Destino.Application.Ordering.Checkout;

/// <summary>
/// Charges a pending order through the gateway and moves it by Square's answer: completed is Paid, approved or
/// pending awaits the webhook, a decline fails the order and gives its stock back, no answer leaves it pending.
/// </summary>
public sealed partial class PaymentSettlement(
    IOrderingRepository ordering,
    IPaymentGateway gateway,
    TimeProvider clock,
    ILogger<PaymentSettlement> logger)
{
    public async Task<Order> ChargeAsync(Order order, string sourceId, CancellationToken cancellationToken)
    {
        if (order.Status != OrderStatus.Pending)
        {
            return AlreadySettled(order);
        }

        var result = await gateway.ChargeAsync(
            new ChargeRequest(order.PaymentIdempotencyKey, sourceId, order.Total, order.Id), cancellationToken);

        try
        {
            return await RecordAsync(order, result, cancellationToken);
        }
        catch (ConflictException)
        {
            // A concurrent retry with the same key settled the order first, with the same Square answer.
            await ordering.ReloadAsync(order, CancellationToken.None);
            return AlreadySettled(order);
        }
    }

    private static Order AlreadySettled(Order order) =>
        order.Status switch
        {
            OrderStatus.PaymentFailed =>
                throw new PaymentDeclinedException(order.Id, order.PaymentFailureCode ?? "UNKNOWN"),
            OrderStatus.Cancelled => throw new ConflictException("This order was cancelled."),
            OrderStatus.Pending => throw new ConflictException("The order is being paid by another request."),
            _ => order,
        };

    private async Task<Order> RecordAsync(Order order, PaymentResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        switch (result.Outcome)
        {
            case PaymentOutcome.Completed:
                order.MarkPaid(result.PaymentId!, now);
                await ClearCartAndSaveAsync(order, cancellationToken);
                LogPaid(order.Id, order.Total.Amount);
                return order;

            case PaymentOutcome.AwaitingConfirmation:
                order.AwaitPaymentConfirmation(result.PaymentId!, now);
                await ClearCartAndSaveAsync(order, cancellationToken);
                return order;

            case PaymentOutcome.Declined:
                order.MarkPaymentFailed(result.DeclineCode ?? "UNKNOWN", now);
                await ordering.SaveReleasingStockAsync(order, CancellationToken.None);
                LogDeclined(order.Id, order.PaymentFailureCode!);
                throw new PaymentDeclinedException(order.Id, order.PaymentFailureCode!);

            default:
                LogUnavailable(order.Id);
                throw new PaymentUnavailableException(order.Id);
        }
    }

    private async Task ClearCartAndSaveAsync(Order order, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(order.CustomerId, cancellationToken);
        cart?.Clear(clock.GetUtcNow());

        // The charge happened: record it even if the client has gone away.
        await ordering.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} paid, {AmountInCents} cents")]
    private partial void LogPaid(Guid orderId, long amountInCents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment for order {OrderId} declined: {DeclineCode}")]
    private partial void LogDeclined(Guid orderId, string declineCode);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Payment provider unreachable for order {OrderId}; the order stays pending for a retry")]
    private partial void LogUnavailable(Guid orderId);
}
