using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Destino.Tests.Support;

namespace Destino.Tests.Observability;

/// <summary>A scripted session moves every figure it touches, and the launch gates report on live values.</summary>
[Category("Critical")]
internal sealed class ProductionMetricsApiTests : ApiTestBase
{
    [Test]
    public async Task A_scripted_session_shows_in_the_metrics_and_the_launch_gates()
    {
        using var admin = Api.CreateClient().Authorized(await Api.AdminTokenAsync(Client, "owner@example.com"));
        using var customer = Api.CreateClient().Authorized(await Client.CustomerTokenAsync("ana@example.com"));
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 500);
        await BuyAsync(customer, humita.Id, "paid", "cnon:card-nonce-ok");
        await BuyAsync(customer, humita.Id, "declined", "cnon:card-nonce-declined");
        await GetJsonAsync<JsonElement>("/api/products/humita");
        await GetJsonAsync<JsonElement>("/api/products/humita");
        using var badLogin = await Client.LoginAsync("ana@example.com", "not-her-password-at-all");
        using var forged = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-forged", "payment.updated", "pay-x", "COMPLETED"), signature: "forged");
        using var beacon = await Client.PostAsJsonAsync(
            new Uri("/api/telemetry/page-load", UriKind.Relative), new { page = "/menu", milliseconds = 850 });
        using var limited = await Client.PostAsJsonAsync(
            new Uri("/api/telemetry/page-load", UriKind.Relative), new { page = "/menu", milliseconds = 900 });

        var metrics = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/admin/metrics", UriKind.Relative)))
            .RootElement;
        var gates = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/admin/launch-gates", UriKind.Relative)))
            .RootElement;

        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the telemetry limit is 1 here");
        var business = metrics.GetProperty("business");
        var performance = metrics.GetProperty("performance");
        var infrastructure = metrics.GetProperty("infrastructure");
        var security = metrics.GetProperty("security");
        Assert.Multiple(() =>
        {
            Assert.That(business.GetProperty("ordersPerHour").GetDouble(), Is.EqualTo(2));
            Assert.That(business.GetProperty("failedPayments").GetInt32(), Is.EqualTo(1));
            Assert.That(business.GetProperty("averageOrderValueInCents").GetInt64(), Is.EqualTo(500));
            Assert.That(business.GetProperty("paymentSuccessRate").GetDouble(), Is.EqualTo(0.5));
            Assert.That(business.GetProperty("conversionRate").GetDouble(), Is.GreaterThan(0));
            Assert.That(
                performance.GetProperty("apiResponseTimeMs").GetProperty("count").GetInt64(), Is.GreaterThan(5));
            Assert.That(
                performance.GetProperty("databaseQueryTimeMs").GetProperty("count").GetInt64(), Is.GreaterThan(0));
            Assert.That(
                performance.GetProperty("pageLoadMs").GetProperty("p50").GetDouble(),
                Is.EqualTo(850).Within(1).Percent);
            Assert.That(infrastructure.GetProperty("cacheHitRate").GetDouble(), Is.GreaterThan(0));
            Assert.That(infrastructure.GetProperty("rateLimitViolations").GetInt64(), Is.EqualTo(1));
            Assert.That(security.GetProperty("failedAuthAttempts").GetInt64(), Is.EqualTo(1));
            Assert.That(security.GetProperty("suspiciousWebhooks").GetInt64(), Is.EqualTo(1));
            Assert.That(security.GetProperty("blockedRequests").GetInt64(), Is.GreaterThanOrEqualTo(3));
        });

        var byName = gates.GetProperty("gates").EnumerateArray()
            .ToDictionary(gate => gate.GetProperty("name").GetString()!, gate => gate);
        Assert.That(byName["Payment success rate"].GetProperty("passed").GetBoolean(), Is.False);
        Assert.That(byName["Payment success rate"].GetProperty("measured").GetString(), Is.EqualTo("50%"));
        Assert.That(byName["Health endpoint"].GetProperty("passed").GetBoolean(), Is.True);
        Assert.That(byName["Rate limiting"].GetProperty("passed").GetBoolean(), Is.True);
        Assert.That(byName["Security headers"].GetProperty("passed").GetBoolean(), Is.True);
        Assert.That(byName["Webhook signature verification"].GetProperty("passed").GetBoolean(), Is.True);
        Assert.That(byName["Error monitoring"].GetProperty("passed").GetBoolean(), Is.False, "no DSN in tests");
        Assert.That(gates.GetProperty("allPassed").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Metrics_for_prometheus_are_for_admins_or_configured_networks_only()
    {
        using var anonymous = await Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var admin = Api.CreateClient().Authorized(await Api.AdminTokenAsync(Client, "owner@example.com"));
        await GetJsonAsync<JsonElement>("/api/categories");

        using var scraped = await admin.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await scraped.Content.ReadAsStringAsync();

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(scraped.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("destino_http_request_duration"));
    }

    protected override DestinoApiFactory CreateFactory(string databasePath) =>
        new DestinoApiFactory(databasePath).WithWebhookKey().WithSetting("RateLimiting:Telemetry:PermitLimit", "1");

    private static async Task BuyAsync(HttpClient customer, Guid productId, string key, string nonce)
    {
        using var put = await customer.PutAsJsonAsync(
            new Uri($"/api/cart/items/{productId}", UriKind.Relative), new { quantity = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/orders", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                sourceId = nonce, fulfillmentMethod = "Pickup", contactName = "Ana", contactPhone = "415-555-0100",
            }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await customer.SendAsync(request);
    }
}

internal sealed class PageLoadBeaconTests : ApiTestBase
{
    [TestCase("""{"page":"https://evil.example/x","milliseconds":100}""")]
    [TestCase("""{"page":"/menu","milliseconds":0}""")]
    [TestCase("""{"page":"/menu","milliseconds":999999}""")]
    public async Task A_bad_page_load_beacon_is_a_400(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await Client.PostAsync(new Uri("/api/telemetry/page-load", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
