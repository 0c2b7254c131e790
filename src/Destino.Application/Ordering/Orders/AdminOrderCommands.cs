using Destino.Application.Common.Exceptions;
using Destino.Application.Ordering.Models;
using Destino.Application.Payments;
using Destino.Domain.Ordering;
using Mediator;

namespace Destino.Application.Ordering.Orders;

public sealed record FulfilOrderCommand(Guid OrderId) : ICommand<OrderModel>;

/// <summary>Cancels an unpaid order and gives its stock back. A paid order is refunded instead.</summary>
public sealed record CancelOrderCommand(Guid OrderId) : ICommand<OrderModel>;

/// <summary>Refunds a paid order in full through the payment provider.</summary>
public sealed record RefundOrderCommand(Guid OrderId) : ICommand<OrderModel>;

public sealed class AdminOrderCommandsHandler(IOrderingRepository ordering, IPaymentGateway gateway, TimeProvider clock)
    : ICommandHandler<FulfilOrderCommand, OrderModel>,
        ICommandHandler<CancelOrderCommand, OrderModel>,
        ICommandHandler<RefundOrderCommand, OrderModel>
{
    public async ValueTask<OrderModel> Handle(FulfilOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(command.OrderId, cancellationToken);

        order.Fulfil(clock.GetUtcNow());
        await ordering.SaveChangesAsync(cancellationToken);

        return order.ToModel();
    }

    public async ValueTask<OrderModel> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(command.OrderId, cancellationToken);
        if (order.Status is OrderStatus.Paid or OrderStatus.Fulfilled)
        {
            throw new ConflictException("A paid order is refunded, not cancelled.");
        }

        order.Cancel(clock.GetUtcNow());
        await ordering.SaveReleasingStockAsync(order, cancellationToken);

        return order.ToModel();
    }

    public async ValueTask<OrderModel> Handle(RefundOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(command.OrderId, cancellationToken);
        if (!Order.CanMove(order.Status, OrderStatus.Refunded) || order.PaymentId is null)
        {
            throw new ConflictException($"An order that is {order.Status} cannot be refunded.");
        }

        var refund = await gateway.RefundAsync(
            new RefundRequest(order.RefundIdempotencyKey, order.PaymentId, order.Total, order.Id), cancellationToken);
        if (!refund.Succeeded)
        {
            throw refund.FailureCode is null
                ? new PaymentUnavailableException(order.Id)
                : new ConflictException($"The refund was refused: {refund.FailureCode}.");
        }

        order.MarkRefunded(refund.RefundId!, clock.GetUtcNow());
        await ordering.SaveChangesAsync(CancellationToken.None);

        return order.ToModel();
    }

    private async Task<Order> LoadAsync(Guid orderId, CancellationToken cancellationToken) =>
        await ordering.FindOrderAsync(orderId, cancellationToken)
            ?? throw new NotFoundException("Order", orderId.ToString());
}
