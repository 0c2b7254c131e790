using Destino.Application.Catalog.Models;
using Destino.Domain.Ordering;

namespace Destino.Application.Ordering.Models;

public sealed record CartLineModel(
    Guid ProductId, string ProductName, MoneyModel UnitPrice, int Quantity, MoneyModel LineTotal, bool IsAvailable);

public sealed record CartModel(IReadOnlyList<CartLineModel> Lines, MoneyModel Total);

public sealed record OrderLineModel(
    Guid ProductId, string ProductName, MoneyModel UnitPrice, int Quantity, MoneyModel LineTotal);

public sealed record FulfillmentModel(
    FulfillmentMethod Method, string ContactName, string ContactPhone, string? DeliveryAddress, string? Notes);

public sealed record OrderModel(
    Guid Id,
    Guid CustomerId,
    OrderStatus Status,
    IReadOnlyList<OrderLineModel> Lines,
    MoneyModel Total,
    FulfillmentModel Fulfillment,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    string? PaymentFailureCode);

public sealed record OrderPage(IReadOnlyList<OrderModel> Items, int Page, int PageSize, int TotalCount);

public static class OrderingMappings
{
    public static MoneyModel ToModel(this Destino.Domain.Common.Money money) => new(money.Amount, money.Currency);

    public static OrderModel ToModel(this Order order) =>
        new(
            order.Id,
            order.CustomerId,
            order.Status,
            [.. order.Lines.Select(line => new OrderLineModel(
                line.ProductId, line.ProductName, line.UnitPrice.ToModel(), line.Quantity, line.LineTotal.ToModel()))],
            order.Total.ToModel(),
            new FulfillmentModel(
                order.Fulfillment.Method,
                order.Fulfillment.ContactName,
                order.Fulfillment.ContactPhone,
                order.Fulfillment.DeliveryAddress,
                order.Fulfillment.Notes),
            order.PlacedAt,
            order.UpdatedAt,
            order.PaymentFailureCode);
}
