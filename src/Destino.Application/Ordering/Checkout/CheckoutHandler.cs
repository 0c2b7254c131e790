using Destino.Application.Common.Caching;
using Destino.Application.Common.Exceptions;
using Destino.Application.Ordering.Carts;
using Destino.Application.Ordering.Models;
using Destino.Application.Payments;
using Destino.Domain.Ordering;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace Destino.Application.Ordering.Checkout;

public sealed class CheckoutHandler(
    IOrderingRepository ordering,
    PaymentSettlement settlement,
    IPendingCacheInvalidations cacheInvalidations,
    TimeProvider clock) : ICommandHandler<CheckoutCommand, OrderModel>
{
    public async ValueTask<OrderModel> Handle(CheckoutCommand command, CancellationToken cancellationToken)
    {
        var fingerprint = command.RequestFingerprint();

        var order = await FindRetriedOrderAsync(command, fingerprint, cancellationToken)
            ?? await PlaceOrderAsync(command, fingerprint, cancellationToken);

        var settled = await settlement.ChargeAsync(order, command.SourceId, cancellationToken);
        cacheInvalidations.Add(CartCache.Tag(command.CustomerId));

        return settled.ToModel();
    }

    private async Task<Order?> FindRetriedOrderAsync(
        CheckoutCommand command, string fingerprint, CancellationToken cancellationToken)
    {
        var attempt = await ordering.FindCheckoutAttemptAsync(
            command.CustomerId, command.IdempotencyKey, cancellationToken);
        if (attempt is null)
        {
            return null;
        }

        if (attempt.RequestFingerprint != fingerprint)
        {
            throw new IdempotencyKeyReusedException();
        }

        return await ordering.FindOrderAsync(attempt.OrderId, cancellationToken)
            ?? throw new InvalidOperationException($"Checkout attempt points at missing order {attempt.OrderId}.");
    }

    private async Task<Order> PlaceOrderAsync(
        CheckoutCommand command, string fingerprint, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(command.CustomerId, cancellationToken);
        if (cart is null || cart.Items.Count == 0)
        {
            throw new ValidationException([new ValidationFailure("Cart", "The cart is empty.")]);
        }

        IReadOnlyCollection<Guid> productIds = [.. cart.Items.Select(item => item.ProductId)];
        var products = (await ordering.FindProductsAsync(productIds, cancellationToken))
            .ToDictionary(product => product.Id);
        var items = cart.Items.Select(item =>
        {
            if (!products.TryGetValue(item.ProductId, out var product) || product.IsArchived || !product.IsAvailable)
            {
                throw new ConflictException(
                    "A product in the cart is no longer available; refresh the cart and try again.");
            }

            return (product.Id, product.Name, product.Price, item.Quantity);
        }).ToList();

        var now = clock.GetUtcNow();
        var fulfillment = Fulfillment.Create(
            command.FulfillmentMethod,
            command.ContactName,
            command.ContactPhone,
            command.DeliveryAddress,
            command.Notes);
        var order = Order.Place(Guid.CreateVersion7(), command.CustomerId, fulfillment, items, now);
        var attempt = new CheckoutAttempt(command.CustomerId, command.IdempotencyKey, fingerprint, order.Id, now);

        try
        {
            await ordering.PlaceOrderAsync(order, attempt, cancellationToken);
            return order;
        }
        catch (DuplicateCheckoutException)
        {
            // A concurrent request with the same key won the race; continue with the order it placed.
            return await FindRetriedOrderAsync(command, fingerprint, cancellationToken)
                ?? throw new InvalidOperationException("The winning checkout attempt vanished.");
        }
    }
}
