using Destino.Application.Common.Exceptions;
using Destino.Application.Ordering;
using Destino.Application.Ordering.Models;
using Destino.Application.Payments;
using Destino.Domain.Catalog;
using Destino.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Persistence;

internal sealed class OrderingRepository(DestinoDbContext db) : IOrderingRepository
{
    public Task<Cart?> FindCartAsync(Guid customerId, CancellationToken cancellationToken) =>
        db.Carts.FirstOrDefaultAsync(cart => cart.CustomerId == customerId, cancellationToken);

    public void AddCart(Cart cart) => db.Carts.Add(cart);

    public async Task<IReadOnlyList<Product>> FindProductsAsync(
        IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking()
            .Where(product => productIds.Contains(product.Id))
            .ToListAsync(cancellationToken);

    public Task<Order?> FindOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Orders.Include(order => order.Lines).FirstOrDefaultAsync(order => order.Id == orderId, cancellationToken);

    public Task<Order?> FindOrderByPaymentIdAsync(string paymentId, CancellationToken cancellationToken) =>
        db.Orders.Include(order => order.Lines)
            .FirstOrDefaultAsync(order => order.PaymentId == paymentId, cancellationToken);

    public Task<CheckoutAttempt?> FindCheckoutAttemptAsync(
        Guid customerId, string idempotencyKey, CancellationToken cancellationToken) =>
        db.CheckoutAttempts.AsNoTracking().FirstOrDefaultAsync(
            attempt => attempt.CustomerId == customerId && attempt.IdempotencyKey == idempotencyKey,
            cancellationToken);

    public async Task PlaceOrderAsync(Order order, CheckoutAttempt attempt, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();

        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            foreach (var line in order.Lines)
            {
                await ReserveAsync(line, cancellationToken);
            }

            db.Orders.Add(order);
            db.CheckoutAttempts.Add(attempt);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
            {
                db.ChangeTracker.Clear();
                throw new DuplicateCheckoutException(exception);
            }

            await transaction.CommitAsync(cancellationToken);
        });
    }

    public async Task SaveReleasingStockAsync(Order order, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // Part of a larger unit, such as a webhook's inbox transaction, which commits or rolls back both.
            await SaveReleasingStockInCurrentTransactionAsync(order, cancellationToken);
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();

        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SaveReleasingStockInCurrentTransactionAsync(order, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    public async Task<OrderPage> ListOrdersAsync(
        Guid? customerId, OrderStatus? status, int page, int pageSize, CancellationToken cancellationToken)
    {
        var orders = db.Orders.AsNoTracking();
        if (customerId is { } customer)
        {
            orders = orders.Where(order => order.CustomerId == customer);
        }

        if (status is { } wanted)
        {
            orders = orders.Where(order => order.Status == wanted);
        }

        var totalCount = await orders.CountAsync(cancellationToken);
        var items = await orders
            .Include(order => order.Lines)
            .OrderByDescending(order => order.PlacedAt)
            .ThenByDescending(order => order.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        return new OrderPage([.. items.Select(order => order.ToModel())], page, pageSize, totalCount);
    }

    public async Task ReloadAsync(Order order, CancellationToken cancellationToken) =>
        await db.Entry(order).ReloadAsync(cancellationToken);

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException(
                "The order was changed by another request; reload it and try again.", exception);
        }
    }

    private async Task SaveReleasingStockInCurrentTransactionAsync(Order order, CancellationToken cancellationToken)
    {
        // The order is written first: its version check stops a second, concurrent release.
        await SaveChangesAsync(cancellationToken);
        foreach (var line in order.Lines)
        {
            await db.Products
                .Where(product => product.Id == line.ProductId && product.DailyStock != null)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(
                        product => product.DailyStock, product => product.DailyStock + line.Quantity),
                    cancellationToken);
        }
    }

    /// <summary>
    /// Takes the quantity from the daily stock in one conditional UPDATE, so concurrent checkouts can never both
    /// take the last items: the database applies them one after the other and the second finds too few left.
    /// </summary>
    private async Task ReserveAsync(OrderLine line, CancellationToken cancellationToken)
    {
        var reserved = await db.Products
            .Where(product => product.Id == line.ProductId
                && product.DailyStock != null
                && product.DailyStock >= line.Quantity)
            .ExecuteUpdateAsync(
                set => set.SetProperty(product => product.DailyStock, product => product.DailyStock - line.Quantity),
                cancellationToken);
        if (reserved == 1)
        {
            return;
        }

        var unlimited = await db.Products.AnyAsync(
            product => product.Id == line.ProductId && product.DailyStock == null, cancellationToken);
        if (!unlimited)
        {
            throw new SoldOutException(line.ProductName);
        }
    }
}
