using Destino.Domain.Common;

namespace Destino.Domain.Ordering;

/// <summary>
/// A customer's order. Its status only moves along the allowed transitions; anything else is refused, so a webhook
/// arriving late or twice can never turn a refunded order back into a paid one.
/// </summary>
public sealed class Order
{
    public const int MaxQuantityPerLine = 99;

    private static readonly Dictionary<OrderStatus, OrderStatus[]> AllowedTransitions = new()
    {
        [OrderStatus.Pending] =
            [
                OrderStatus.Paid,
                OrderStatus.AwaitingPaymentConfirmation,
                OrderStatus.PaymentFailed,
                OrderStatus.Cancelled,
            ],
        [OrderStatus.AwaitingPaymentConfirmation] =
            [OrderStatus.Paid, OrderStatus.PaymentFailed, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Fulfilled, OrderStatus.Refunded],
        [OrderStatus.Fulfilled] = [OrderStatus.Refunded],
        [OrderStatus.PaymentFailed] = [],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    private readonly List<OrderLine> lines = [];

    private Order()
    {
        Fulfillment = null!;
    }

    private Order(Guid id, Guid customerId, Fulfillment fulfillment, DateTimeOffset placedAt)
    {
        Id = id;
        CustomerId = customerId;
        Fulfillment = fulfillment;
        PlacedAt = placedAt;
        UpdatedAt = placedAt;
        Status = OrderStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public OrderStatus Status { get; private set; }

    public Fulfillment Fulfillment { get; private set; }

    public IReadOnlyList<OrderLine> Lines => lines;

    public Money Total { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Square's payment id, once Square has answered.</summary>
    public string? PaymentId { get; private set; }

    /// <summary>Square's error code when the payment was declined, such as CVV_FAILURE.</summary>
    public string? PaymentFailureCode { get; private set; }

    public string? RefundId { get; private set; }

    /// <summary>Bumped by every transition; storage uses it to refuse a change made from a stale copy.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Square's idempotency key for charging this order, derived from the order itself: any retry, by Destino or
    /// by the customer, sends the same key, so Square charges at most once.
    /// </summary>
    public string PaymentIdempotencyKey => $"pay-{Id:N}";

    public string RefundIdempotencyKey => $"refund-{Id:N}";

    /// <summary>True while the order holds stock that a failed payment or a cancellation must give back.</summary>
    public bool HoldsReservedStock =>
        Status is OrderStatus.Pending or OrderStatus.AwaitingPaymentConfirmation;

    public static Order Place(
        Guid id,
        Guid customerId,
        Fulfillment fulfillment,
        IEnumerable<(Guid ProductId, string ProductName, Money UnitPrice, int Quantity)> items,
        DateTimeOffset placedAt)
    {
        var order = new Order(id, customerId, fulfillment, placedAt);

        foreach (var (productId, productName, unitPrice, quantity) in items)
        {
            if (quantity is < 1 or > MaxQuantityPerLine)
            {
                throw new DomainRuleException($"Quantity must be between 1 and {MaxQuantityPerLine}.");
            }

            order.lines.Add(new OrderLine(productId, productName, unitPrice, quantity));
        }

        if (order.lines.Count == 0)
        {
            throw new DomainRuleException("An order needs at least one line.");
        }

        order.Total = order.lines.Select(line => line.LineTotal).Aggregate((sum, next) => sum.Add(next));

        return order;
    }

    public void MarkPaid(string paymentId, DateTimeOffset at)
    {
        if (Status == OrderStatus.Paid && PaymentId == paymentId)
        {
            return;
        }

        MoveTo(OrderStatus.Paid, at);
        PaymentId = paymentId;
    }

    public void AwaitPaymentConfirmation(string paymentId, DateTimeOffset at)
    {
        if (Status == OrderStatus.AwaitingPaymentConfirmation && PaymentId == paymentId)
        {
            return;
        }

        MoveTo(OrderStatus.AwaitingPaymentConfirmation, at);
        PaymentId = paymentId;
    }

    public void MarkPaymentFailed(string failureCode, DateTimeOffset at)
    {
        MoveTo(OrderStatus.PaymentFailed, at);
        PaymentFailureCode = failureCode;
    }

    public void Cancel(DateTimeOffset at) => MoveTo(OrderStatus.Cancelled, at);

    public void Fulfil(DateTimeOffset at) => MoveTo(OrderStatus.Fulfilled, at);

    public void MarkRefunded(string refundId, DateTimeOffset at)
    {
        MoveTo(OrderStatus.Refunded, at);
        RefundId = refundId;
    }

    public static bool CanMove(OrderStatus from, OrderStatus to) => AllowedTransitions[from].Contains(to);

    private void MoveTo(OrderStatus next, DateTimeOffset at)
    {
        if (!CanMove(Status, next))
        {
            throw new DomainRuleException($"An order that is {Status} cannot become {next}.");
        }

        Status = next;
        UpdatedAt = at;
        Version++;
    }
}
