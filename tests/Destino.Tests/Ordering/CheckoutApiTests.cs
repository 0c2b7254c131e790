using System.Net;
using System.Net.Http.Json;
using Destino.Application.Catalog.Models;
using Destino.Application.Ordering.Carts;
using Destino.Application.Ordering.Checkout;
using Destino.Application.Ordering.Models;
using Destino.Application.Payments;
using Destino.Domain.Ordering;
using Destino.Tests.Support;

namespace Destino.Tests.Ordering;

[Category("Payments")]
[Category("Critical")]
internal sealed class CheckoutApiTests : ApiTestBase
{
    private HttpClient customer = null!;
    private ProductModel humita = null!;

    [SetUp]
    public async Task SignInWithAStockedProduct()
    {
        customer = Api.CreateClient().Authorized(await Client.CustomerTokenAsync("ana@example.com"));
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 525);
    }

    [TearDown]
    public void DisposeCustomer() => customer.Dispose();

    [Test]
    public async Task A_good_card_pays_the_order_clears_the_cart_and_takes_the_stock()
    {
        await PutInCartAsync(humita.Id, 3);

        using var response = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        var order = await response.Content.ReadFromJsonAsync<OrderModel>(Json);
        var cart = await customer.GetFromJsonAsync<CartModel>(new Uri("/api/cart", UriKind.Relative), Json);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(order!.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.Total, Is.EqualTo(new MoneyModel(1575, "USD")));
            Assert.That(order.Lines.Single().UnitPrice.Amount, Is.EqualTo(525));
            Assert.That(cart!.Lines, Is.Empty);
        });
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(21));
    }

    [Test]
    public async Task An_approved_payment_waits_for_the_webhook_and_keeps_its_stock()
    {
        await PutInCartAsync(humita.Id, 2);

        using var response = await CheckoutAsync("key-1", "cnon:card-nonce-approved");
        var order = await response.Content.ReadFromJsonAsync<OrderModel>(Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(order!.Status, Is.EqualTo(OrderStatus.AwaitingPaymentConfirmation));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(22));
    }

    [TestCase("cnon:card-nonce-declined", "GENERIC_DECLINE")]
    [TestCase("cnon:card-nonce-rejected-cvv", "CVV_FAILURE")]
    [TestCase("cnon:card-nonce-rejected-postalcode", "ADDRESS_VERIFICATION_FAILURE")]
    [TestCase("cnon:card-nonce-rejected-expiration", "INVALID_EXPIRATION")]
    [TestCase("cnon:card-nonce-already-used", "CARD_TOKEN_USED")]
    public async Task A_declined_card_is_a_402_naming_the_reason_and_the_stock_comes_back(string nonce, string code)
    {
        await PutInCartAsync(humita.Id, 3);

        using var response = await CheckoutAsync("key-1", nonce);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PaymentRequired);
        Assert.That(problem.GetProperty("declineCode").GetString(), Is.EqualTo(code));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(24), "a failed payment gives its stock back");
        var orders = await MyOrdersAsync();
        Assert.That(orders.Items.Single().Status, Is.EqualTo(OrderStatus.PaymentFailed));
        var cart = await customer.GetFromJsonAsync<CartModel>(new Uri("/api/cart", UriKind.Relative), Json);
        Assert.That(cart!.Lines, Has.Count.EqualTo(1), "the cart stays for another card");
    }

    [Test]
    public async Task The_same_key_and_body_returns_the_first_order_and_charges_once()
    {
        await PutInCartAsync(humita.Id, 2);

        using var first = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        using var replay = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        var firstOrder = await first.Content.ReadFromJsonAsync<OrderModel>(Json);
        var replayedOrder = await replay.Content.ReadFromJsonAsync<OrderModel>(Json);

        Assert.That(replay.StatusCode, Is.EqualTo(first.StatusCode));
        Assert.That(replayedOrder!.Id, Is.EqualTo(firstOrder!.Id));
        Assert.That((await MyOrdersAsync()).TotalCount, Is.EqualTo(1));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(22));
    }

    [Test]
    public async Task A_replayed_decline_is_the_same_402()
    {
        await PutInCartAsync(humita.Id, 1);

        using var first = await CheckoutAsync("key-1", "cnon:card-nonce-declined");
        using var replay = await CheckoutAsync("key-1", "cnon:card-nonce-declined");

        await ProblemAssert.IsProblemAsync(replay, HttpStatusCode.PaymentRequired);
        Assert.That((await MyOrdersAsync()).TotalCount, Is.EqualTo(1));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(24));
    }

    [Test]
    public async Task Ten_concurrent_retries_of_one_checkout_place_one_order()
    {
        await PutInCartAsync(humita.Id, 2);

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 10).Select(_ => CheckoutAsync("key-1", "cnon:card-nonce-ok")));
        var orderIds = await Task.WhenAll(responses.Select(async response =>
            (await response.Content.ReadFromJsonAsync<OrderModel>(Json))!.Id));

        Assert.That(responses.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(orderIds.Distinct().Count(), Is.EqualTo(1));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(22));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task The_same_key_with_another_body_is_a_422()
    {
        await PutInCartAsync(humita.Id, 1);

        using var first = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        using var reused = await CheckoutAsync("key-1", "cnon:card-nonce-ok", contactName: "Someone Else");

        await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Checkout_without_an_idempotency_key_or_with_an_empty_cart_is_a_400()
    {
        using var noKey = await CheckoutAsync(null, "cnon:card-nonce-ok");
        using var emptyCart = await CheckoutAsync("key-1", "cnon:card-nonce-ok");

        var missingKey = await ProblemAssert.IsProblemAsync(noKey, HttpStatusCode.BadRequest);
        Assert.That(missingKey.GetProperty("errors").TryGetProperty("idempotencyKey", out _), Is.True);
        await ProblemAssert.IsProblemAsync(emptyCart, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task More_than_the_stock_left_is_a_409_sold_out_and_takes_nothing()
    {
        await PutInCartAsync(humita.Id, 25);

        using var response = await CheckoutAsync("key-1", "cnon:card-nonce-ok");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(24));
        Assert.That((await MyOrdersAsync()).TotalCount, Is.Zero);
    }

    [Test]
    public async Task Another_customer_s_order_is_a_404_but_an_admin_sees_it()
    {
        await PutInCartAsync(humita.Id, 1);
        using var placed = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        var order = await placed.Content.ReadFromJsonAsync<OrderModel>(Json);
        using var stranger = Api.CreateClient().Authorized(await Client.CustomerTokenAsync("bruno@example.com"));
        using var admin = Api.CreateClient().Authorized(await Api.AdminTokenAsync(Client, "owner@example.com"));

        using var asStranger = await stranger.GetAsync(new Uri($"/api/orders/{order!.Id}", UriKind.Relative));
        using var asAdmin = await admin.GetAsync(new Uri($"/api/orders/{order.Id}", UriKind.Relative));
        using var asOwner = await customer.GetAsync(new Uri($"/api/orders/{order.Id}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(asStranger, HttpStatusCode.NotFound);
        Assert.That(asAdmin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(asOwner.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_admin_fulfils_then_refunds_a_paid_order_and_cancels_none_that_is_paid()
    {
        await PutInCartAsync(humita.Id, 1);
        using var placed = await CheckoutAsync("key-1", "cnon:card-nonce-ok");
        var order = await placed.Content.ReadFromJsonAsync<OrderModel>(Json);
        using var admin = Api.CreateClient().Authorized(await Api.AdminTokenAsync(Client, "owner@example.com"));

        using var cancel = await admin.PostAsync(
            new Uri($"/api/admin/orders/{order!.Id}/cancel", UriKind.Relative), null);
        using var fulfil = await admin.PostAsync(
            new Uri($"/api/admin/orders/{order.Id}/fulfil", UriKind.Relative), null);
        using var refund = await admin.PostAsync(
            new Uri($"/api/admin/orders/{order.Id}/refund", UriKind.Relative), null);
        var refunded = await refund.Content.ReadFromJsonAsync<OrderModel>(Json);

        await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.Conflict);
        Assert.That(fulfil.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refunded!.Status, Is.EqualTo(OrderStatus.Refunded));
    }

    [Test]
    public async Task Unknown_or_unavailable_products_are_refused_from_the_cart()
    {
        var soldOutToday = await Api.SendAsync(humita.WithPrice(525) with { Slug = "humita", IsAvailable = false });

        using var unknown = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{Guid.NewGuid()}", UriKind.Relative), new { quantity = 1 });
        using var unavailable = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{soldOutToday.Id}", UriKind.Relative), new { quantity = 1 });
        using var tooMany = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{soldOutToday.Id}", UriKind.Relative), new { quantity = 100 });

        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(unavailable, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task With_ten_left_fifty_concurrent_checkouts_sell_exactly_ten()
    {
        var limited = await Api.SendAsync(humita.WithPrice(525) with { DailyStock = 10 });
        var customers = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToList();
        foreach (var customerId in customers)
        {
            await Api.SendAsync(new SetCartItemCommand(customerId, limited.Id, 1));
        }

        var outcomes = await Task.WhenAll(customers.Select(async customerId =>
        {
            try
            {
                await Api.SendAsync(new CheckoutCommand(
                    customerId,
                    "key",
                    "cnon:card-nonce-ok",
                    FulfillmentMethod.Pickup,
                    "Ana",
                    "415-555-0100",
                    null,
                    null));
                return "paid";
            }
            catch (SoldOutException)
            {
                return "sold out";
            }
        }));

        Assert.That(outcomes.Count(outcome => outcome == "paid"), Is.EqualTo(10));
        Assert.That(outcomes.Count(outcome => outcome == "sold out"), Is.EqualTo(40));
        Assert.That(await StockOfAsync(limited.Id), Is.Zero);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json =
        new(System.Text.Json.JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };

    private async Task PutInCartAsync(Guid productId, int quantity)
    {
        using var response = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{productId}", UriKind.Relative), new { quantity });
        response.EnsureSuccessStatusCode();
    }

    private async Task<HttpResponseMessage> CheckoutAsync(
        string? idempotencyKey, string sourceId, string contactName = "Ana Ruiz")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                sourceId,
                fulfillmentMethod = "Pickup",
                contactName,
                contactPhone = "415-555-0100",
            }),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await customer.SendAsync(request);
    }

    private async Task<OrderPage> MyOrdersAsync() =>
        (await customer.GetFromJsonAsync<OrderPage>(new Uri("/api/orders", UriKind.Relative), Json))!;
}
