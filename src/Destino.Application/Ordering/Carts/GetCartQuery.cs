using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Destino.Application.Ordering.Models;
using Destino.Domain.Common;
using Mediator;

namespace Destino.Application.Ordering.Carts;

/// <summary>
/// The customer's cart priced at today's prices. Cached briefly under <c>cart:{customerId}</c>; checkout never reads
/// this cached copy, it prices from the database.
/// </summary>
public sealed record GetCartQuery(Guid CustomerId) : IQuery<CartModel>, ICachedQuery
{
    public string CacheKey => CartCache.Tag(CustomerId);

    public IReadOnlyCollection<string> CacheTags => [CartCache.Tag(CustomerId)];

    public TimeSpan CacheDuration => CartCache.Duration;
}

public sealed class GetCartHandler(IOrderingRepository ordering) : IQueryHandler<GetCartQuery, CartModel>
{
    public async ValueTask<CartModel> Handle(GetCartQuery query, CancellationToken cancellationToken)
    {
        var cart = await ordering.FindCartAsync(query.CustomerId, cancellationToken);
        if (cart is null || cart.Items.Count == 0)
        {
            return new CartModel([], new MoneyModel(0, Money.UsDollars));
        }

        IReadOnlyCollection<Guid> productIds = [.. cart.Items.Select(item => item.ProductId)];
        var products = (await ordering.FindProductsAsync(productIds, cancellationToken))
            .ToDictionary(product => product.Id);

        var lines = cart.Items
            .Where(item => products.ContainsKey(item.ProductId))
            .Select(item =>
            {
                var product = products[item.ProductId];
                return new CartLineModel(
                    product.Id,
                    product.Name,
                    product.Price.ToModel(),
                    item.Quantity,
                    product.Price.Multiply(item.Quantity).ToModel(),
                    product.IsAvailable && !product.IsArchived);
            })
            .ToList();

        var total = lines.Where(line => line.IsAvailable).Sum(line => line.LineTotal.Amount);

        return new CartModel(lines, new MoneyModel(total, Money.UsDollars));
    }
}
