using Destino.Application.Monitoring;
using Destino.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Persistence;

/// <summary>
/// Business figures over a window, straight from the database. Carts are emptied when their order is paid, so the
/// carts that had items are the non-empty carts changed in the window plus the orders paid in it.
/// </summary>
internal sealed class BusinessMetricsReader(DestinoDbContext db) : IBusinessMetricsReader
{
    private static readonly OrderStatus[] PaidStatuses =
        [OrderStatus.Paid, OrderStatus.Fulfilled, OrderStatus.Refunded];

    public async Task<BusinessFigures> ReadAsync(
        DateTimeOffset windowStart,
        DateTimeOffset windowEnd,
        TimeSpan abandonedAfter,
        CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking()
            .Where(order => order.PlacedAt >= windowStart && order.PlacedAt <= windowEnd);

        var placed = await orders.CountAsync(cancellationToken);
        var paid = orders.Where(order => PaidStatuses.Contains(order.Status));
        var paidCount = await paid.CountAsync(cancellationToken);
        var paidAmount = paidCount == 0 ? 0 : await paid.SumAsync(order => order.Total.Amount, cancellationToken);
        var failed = await orders.CountAsync(order => order.Status == OrderStatus.PaymentFailed, cancellationToken);

        var openCarts = db.Carts.AsNoTracking()
            .Where(cart => cart.Items.Any() && cart.UpdatedAt >= windowStart && cart.UpdatedAt <= windowEnd);
        var openCartCount = await openCarts.CountAsync(cancellationToken);
        var abandonedBefore = windowEnd - abandonedAfter;
        var abandoned = await openCarts.CountAsync(cart => cart.UpdatedAt < abandonedBefore, cancellationToken);

        return new BusinessFigures(placed, paidCount, failed, paidAmount, openCartCount + paidCount, abandoned);
    }
}
