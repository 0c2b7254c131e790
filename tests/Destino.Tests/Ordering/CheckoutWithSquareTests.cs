using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Destino.Application.Catalog.Models;
using Destino.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Destino.Tests.Ordering;

/// <summary>Checkout through the API with the real Square gateway pointed at a fake Square server.</summary>
[Category("Payments")]
[Category("Critical")]
internal sealed class CheckoutWithSquareTests : ApiTestBase
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Structure", "NUnit1032", Justification = "Started for the whole fixture; stopped in the one-time tear-down.")]
    private WireMockServer Square { get; set; } = null!;

    [OneTimeTearDown]
    public void StopFakeSquare() => Square.Dispose();

    [SetUp]
    public void ForgetEarlierRequests() => Square.Reset();

    [Test]
    public async Task Square_down_is_a_503_that_keeps_the_order_and_its_stock_for_a_retry_that_charges_once()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 525);
        using var customer = Api.CreateClient().Authorized(await Client.CustomerTokenAsync("ana@example.com"));
        using var put = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{humita.Id}", UriKind.Relative), new { quantity = 2 });
        Square.Given(Request.Create().WithPath("/v2/payments").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503));

        using var whileDown = await CheckoutAsync(customer);
        var stockWhileDown = await StockOfAsync(humita.Id);

        Square.Reset();
        Square.Given(Request.Create().WithPath("/v2/payments").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"payment":{"id":"pay-from-Square","status":"COMPLETED"}}"""));
        using var retried = await CheckoutAsync(customer);
        var order = JsonDocument.Parse(await retried.Content.ReadAsStringAsync()).RootElement;

        await ProblemAssert.IsProblemAsync(whileDown, HttpStatusCode.ServiceUnavailable);
        Assert.That(stockWhileDown, Is.EqualTo(22), "the pending order keeps its stock; nothing is sold twice");
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(order.GetProperty("status").GetString(), Is.EqualTo("Paid"));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(22));
        var key = JsonDocument.Parse(Square.LogEntries.Single().RequestMessage.Body!).RootElement
            .GetProperty("idempotency_key").GetString();
        Assert.That(key, Is.EqualTo($"pay-{Guid.Parse(order.GetProperty("id").GetString()!):N}"));
    }

    // The base class builds the API in its own one-time set-up, so the fake Square starts here, just before.
    protected override DestinoApiFactory CreateFactory(string databasePath)
    {
        Square = WireMockServer.Start();
        return new DestinoApiFactory(databasePath)
            .WithSetting("Payments:Gateway", "Square")
            .WithSetting("Payments:MaxRetryAttempts", "1")
            .WithSetting("Payments:RetryBaseDelayMilliseconds", "10")
            .WithSetting("Payments:AttemptTimeoutSeconds", "2")
            .WithSetting("Square:BaseUrl", Square.Url)
            .WithSetting("Square:AccessToken", "made-up-token-for-the-fake-square")
            .WithSetting("Square:LocationId", "TESTLOCATION");
    }

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient customer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                sourceId = "cnon:card-nonce-ok",
                fulfillmentMethod = "Delivery",
                contactName = "Ana Ruiz",
                contactPhone = "415-555-0100",
                deliveryAddress = "1 Valencia St, San Francisco",
            }),
        };
        request.Headers.Add("Idempotency-Key", "checkout-1");

        return await customer.SendAsync(request);
    }
}
