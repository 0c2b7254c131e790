using Destino.Application.Ordering;
using Destino.Domain.Ordering;

namespace Destino.Application.Webhooks;

/// <summary>
/// Moves orders by Square's payment and refund events. The order's state machine only moves forward, so events
/// that arrive late or out of order are recorded and ignored instead of moving an order backwards.
/// </summary>
public sealed class SquareEventApplier(IOrderingRepository ordering, TimeProvider clock) : ISquareEventApplier
{
    public async Task<string> ApplyAsync(SquareEvent squareEvent, CancellationToken cancellationToken) =>
        squareEvent.Type switch
        {
            "payment.created" or "payment.updated" when squareEvent.Payment is { } payment =>
                await ApplyPaymentAsync(payment, cancellationToken),
            "refund.created" or "refund.updated" when squareEvent.Refund is { } refund =>
                await ApplyRefundAsync(refund, cancellationToken),
            _ => $"ignored: {squareEvent.Type} is not acted on",
        };

    private async Task<string> ApplyPaymentAsync(SquarePaymentSnapshot payment, CancellationToken cancellationToken)
    {
        var order = await ordering.FindOrderByPaymentIdAsync(payment.Id, cancellationToken);
        if (order is null && Guid.TryParse(payment.ReferenceId, out var orderId))
        {
            order = await ordering.FindOrderAsync(orderId, cancellationToken);
        }

        if (order is null)
        {
            return "ignored: no matching order";
        }

        var now = clock.GetUtcNow();
        var target = payment.Status switch
        {
            "COMPLETED" => OrderStatus.Paid,
            "APPROVED" or "PENDING" => OrderStatus.AwaitingPaymentConfirmation,
            "FAILED" or "CANCELED" => OrderStatus.PaymentFailed,
            _ => (OrderStatus?)null,
        };

        if (target is null || order.Status == target || !Order.CanMove(order.Status, target.Value))
        {
            return $"ignored: order is {order.Status}, payment is {payment.Status}";
        }

        switch (target)
        {
            case OrderStatus.Paid:
                order.MarkPaid(payment.Id, now);
                await ordering.SaveChangesAsync(cancellationToken);
                break;
            case OrderStatus.AwaitingPaymentConfirmation:
                order.AwaitPaymentConfirmation(payment.Id, now);
                await ordering.SaveChangesAsync(cancellationToken);
                break;
            default:
                order.MarkPaymentFailed(payment.Status!, now);
                await ordering.SaveReleasingStockAsync(order, cancellationToken);
                break;
        }

        return $"order {order.Id} is {order.Status}";
    }

    private async Task<string> ApplyRefundAsync(SquareRefundSnapshot refund, CancellationToken cancellationToken)
    {
        if (refund.Status != "COMPLETED" || refund.PaymentId is null)
        {
            return $"ignored: refund is {refund.Status}";
        }

        var order = await ordering.FindOrderByPaymentIdAsync(refund.PaymentId, cancellationToken);
        if (order is null)
        {
            return "ignored: no matching order";
        }

        if (!Order.CanMove(order.Status, OrderStatus.Refunded))
        {
            return $"ignored: order is {order.Status}";
        }

        order.MarkRefunded(refund.Id, clock.GetUtcNow());
        await ordering.SaveChangesAsync(cancellationToken);

        return $"order {order.Id} is Refunded";
    }
}
