using Destino.Application.Ordering.Models;
using Destino.Domain.Catalog;
using Destino.Domain.Ordering;

namespace Destino.Application.Ordering;

/// <summary>Carts, orders and the stock they hold. Stock moves only through atomic conditional updates.</summary>
public interface IOrderingRepository
{
    Task<Cart?> FindCartAsync(Guid customerId, CancellationToken cancellationToken);

    void AddCart(Cart cart);

    Task<IReadOnlyList<Product>> FindProductsAsync(
        IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken);

    Task<Order?> FindOrderAsync(Guid orderId, CancellationToken cancellationToken);

    Task<Order?> FindOrderByPaymentIdAsync(string paymentId, CancellationToken cancellationToken);

    Task<CheckoutAttempt?> FindCheckoutAttemptAsync(
        Guid customerId, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: takes each line's quantity from the product's daily stock (only where enough is left),
    /// stores the order and the checkout attempt. Throws SoldOutException when a line cannot be reserved, and
    /// DuplicateCheckoutException when a concurrent request stored the same Idempotency-Key first.
    /// </summary>
    Task PlaceOrderAsync(Order order, CheckoutAttempt attempt, CancellationToken cancellationToken);

    /// <summary>Saves the order's new state and gives its reserved stock back, in one transaction.</summary>
    Task SaveReleasingStockAsync(Order order, CancellationToken cancellationToken);

    Task<OrderPage> ListOrdersAsync(
        Guid? customerId, OrderStatus? status, int page, int pageSize, CancellationToken cancellationToken);

    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Discards unsaved changes to the order and reads it again as stored.</summary>
    Task ReloadAsync(Order order, CancellationToken cancellationToken);
}

public sealed class DuplicateCheckoutException(Exception innerException)
    : Exception("Another request stored this Idempotency-Key first.", innerException);
