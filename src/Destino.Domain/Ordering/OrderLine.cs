using Destino.Domain.Common;

namespace Destino.Domain.Ordering;

/// <summary>One product in an order, with its name and price as they were when the customer paid.</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
        ProductName = string.Empty;
    }

    internal OrderLine(Guid productId, string productName, Money unitPrice, int quantity)
    {
        ProductId = productId;
        ProductName = productName;
        UnitPrice = unitPrice;
        Quantity = quantity;
    }

    public Guid ProductId { get; private set; }

    public string ProductName { get; private set; }

    public Money UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    public Money LineTotal => UnitPrice.Multiply(Quantity);
}
