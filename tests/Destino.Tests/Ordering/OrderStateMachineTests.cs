using Destino.Domain.Common;
using Destino.Domain.Ordering;

namespace Destino.Tests.Ordering;

[Category("Critical")]
[Category("Payments")]
internal sealed class OrderStateMachineTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Totals_are_the_sum_of_lines_in_integer_cents()
    {
        var order = NewOrder((575, 3), (350, 2));

        Assert.That(order.Total, Is.EqualTo(Money.Usd(2425)));
        Assert.That(order.Lines.Select(line => line.LineTotal.Amount), Is.EqualTo(new[] { 1725L, 700L }));
    }

    [Test]
    public void A_paid_order_can_be_fulfilled_then_refunded()
    {
        var order = NewOrder((575, 1));

        order.MarkPaid("pay-1", Noon);
        order.Fulfil(Noon);
        order.MarkRefunded("refund-1", Noon);

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Refunded));
        Assert.That(order.Version, Is.EqualTo(3));
    }

    [Test]
    public void The_same_payment_confirmed_twice_is_not_a_second_transition()
    {
        var order = NewOrder((575, 1));

        order.MarkPaid("pay-1", Noon);
        order.MarkPaid("pay-1", Noon);

        Assert.That(order.Version, Is.EqualTo(1));
    }

    [Test]
    public void An_order_awaiting_confirmation_becomes_paid()
    {
        var order = NewOrder((575, 1));

        order.AwaitPaymentConfirmation("pay-1", Noon);
        order.MarkPaid("pay-1", Noon);

        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
    }

    [TestCase(OrderStatus.Refunded, OrderStatus.Paid)]
    [TestCase(OrderStatus.PaymentFailed, OrderStatus.Paid)]
    [TestCase(OrderStatus.Cancelled, OrderStatus.Paid)]
    [TestCase(OrderStatus.Pending, OrderStatus.Fulfilled)]
    [TestCase(OrderStatus.Pending, OrderStatus.Refunded)]
    [TestCase(OrderStatus.Paid, OrderStatus.Cancelled)]
    public void Illegal_moves_are_refused(OrderStatus from, OrderStatus to)
    {
        var order = NewOrderIn(from);

        Assert.Throws<DomainRuleException>(() => Move(order, to));
        Assert.That(order.Status, Is.EqualTo(from));
    }

    [Test]
    public void Only_pending_and_awaiting_orders_hold_stock()
    {
        var holding = Enum.GetValues<OrderStatus>().Where(status => NewOrderIn(status).HoldsReservedStock);

        Assert.That(holding, Is.EquivalentTo(new[] { OrderStatus.Pending, OrderStatus.AwaitingPaymentConfirmation }));
    }

    [Test]
    public void A_quantity_outside_1_to_99_is_refused()
    {
        Assert.Throws<DomainRuleException>(() => NewOrder((575, 0)));
        Assert.Throws<DomainRuleException>(() => NewOrder((575, 100)));
    }

    [Test]
    public void A_delivery_needs_an_address_and_the_idempotency_keys_come_from_the_order()
    {
        Assert.Throws<DomainRuleException>(() =>
            Fulfillment.Create(FulfillmentMethod.Delivery, "Ana", "415-555-0100", null, null));

        var order = NewOrder((575, 1));
        Assert.That(order.PaymentIdempotencyKey, Is.EqualTo($"pay-{order.Id:N}").And.Length.LessThanOrEqualTo(45));
        Assert.That(order.RefundIdempotencyKey, Is.EqualTo($"refund-{order.Id:N}"));
    }

    [Test]
    public void A_cart_keeps_one_line_per_product()
    {
        var cart = new Cart(Guid.NewGuid(), Noon);
        var humita = Guid.NewGuid();

        cart.SetQuantity(humita, 2, Noon);
        cart.SetQuantity(humita, 5, Noon);

        Assert.That(cart.Items.Single().Quantity, Is.EqualTo(5));
        Assert.Throws<DomainRuleException>(() => cart.SetQuantity(humita, 100, Noon));
    }

    internal static Order NewOrder(params (long Cents, int Quantity)[] lines) =>
        Order.Place(
            Guid.CreateVersion7(),
            Guid.NewGuid(),
            Fulfillment.Create(FulfillmentMethod.Pickup, "Ana", "415-555-0100", null, null),
            lines.Select(line => (Guid.NewGuid(), "Empanada", Money.Usd(line.Cents), line.Quantity)),
            Noon);

    private static Order NewOrderIn(OrderStatus status)
    {
        var order = NewOrder((575, 1));
        switch (status)
        {
            case OrderStatus.AwaitingPaymentConfirmation:
                order.AwaitPaymentConfirmation("pay-1", Noon);
                break;
            case OrderStatus.Paid:
                order.MarkPaid("pay-1", Noon);
                break;
            case OrderStatus.Fulfilled:
                order.MarkPaid("pay-1", Noon);
                order.Fulfil(Noon);
                break;
            case OrderStatus.PaymentFailed:
                order.MarkPaymentFailed("GENERIC_DECLINE", Noon);
                break;
            case OrderStatus.Cancelled:
                order.Cancel(Noon);
                break;
            case OrderStatus.Refunded:
                order.MarkPaid("pay-1", Noon);
                order.MarkRefunded("refund-1", Noon);
                break;
        }

        return order;
    }

    private static void Move(Order order, OrderStatus to)
    {
        switch (to)
        {
            case OrderStatus.Paid:
                order.MarkPaid("pay-2", Noon);
                break;
            case OrderStatus.Fulfilled:
                order.Fulfil(Noon);
                break;
            case OrderStatus.Refunded:
                order.MarkRefunded("refund-2", Noon);
                break;
            case OrderStatus.Cancelled:
                order.Cancel(Noon);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to));
        }
    }
}
