using Destino.Domain.Common;

namespace Destino.Domain.Ordering;

/// <summary>What a signed-in customer intends to buy: products and quantities, priced only at checkout.</summary>
public sealed class Cart
{
    private readonly List<CartItem> items = [];

    private Cart()
    {
    }

    public Cart(Guid customerId, DateTimeOffset createdAt)
    {
        CustomerId = customerId;
        UpdatedAt = createdAt;
    }

    public Guid CustomerId { get; private set; }

    public IReadOnlyList<CartItem> Items => items;

    public DateTimeOffset UpdatedAt { get; private set; }

    public void SetQuantity(Guid productId, int quantity, DateTimeOffset at)
    {
        if (quantity is < 1 or > Order.MaxQuantityPerLine)
        {
            throw new DomainRuleException($"Quantity must be between 1 and {Order.MaxQuantityPerLine}.");
        }

        var existing = items.FirstOrDefault(item => item.ProductId == productId);
        if (existing is null)
        {
            items.Add(new CartItem(productId, quantity));
        }
        else
        {
            existing.Quantity = quantity;
        }

        UpdatedAt = at;
    }

    public void Remove(Guid productId, DateTimeOffset at)
    {
        items.RemoveAll(item => item.ProductId == productId);
        UpdatedAt = at;
    }

    public void Clear(DateTimeOffset at)
    {
        items.Clear();
        UpdatedAt = at;
    }
}

public sealed class CartItem
{
    private CartItem()
    {
    }

    internal CartItem(Guid productId, int quantity)
    {
        ProductId = productId;
        Quantity = quantity;
    }

    public Guid ProductId { get; private set; }

    public int Quantity { get; internal set; }
}
