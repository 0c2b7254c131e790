using System.Net;
using System.Text.Json;
using Destino.Application.Catalog.Models;
using Destino.Application.Webhooks;
using Destino.Domain.Ordering;
using Destino.Infrastructure.Persistence;
using Destino.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Destino.Tests.Webhooks;

[Category("Critical")]
[Category("Payments")]
internal sealed class SquareWebhookApiTests : ApiTestBase
{
    private ProductModel humita = null!;

    [SetUp]
    public async Task StockAProduct()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 525);
    }

    [Test]
    public async Task A_signed_completed_payment_pays_the_order_and_its_duplicate_changes_nothing()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);

        using var first = await Client.DeliverAsync(body);
        var afterFirst = await Api.OrderAsync(orderId);
        using var duplicate = await Client.DeliverAsync(body);
        var afterDuplicate = await Api.OrderAsync(orderId);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusOfAsync(first), Is.EqualTo("Processed"));
        Assert.That(afterFirst.Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await StatusOfAsync(duplicate), Is.EqualTo("Duplicate"));
        Assert.That(afterDuplicate.Version, Is.EqualTo(afterFirst.Version));
        Assert.That(await InboxCountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task One_changed_byte_a_wrong_url_or_no_signature_is_a_401_and_changes_nothing()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);
        var tampered = body.Replace("MLTEST", "MLTESU", StringComparison.Ordinal);
        using var suspicious = new MetricCollector<long>(
            Api.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            Destino.Application.Common.Telemetry.DestinoMetrics.MeterName,
            "destino.security.suspicious_webhooks");

        using var changedByte = await Client.DeliverAsync(tampered, signedBody: body);
        using var garbage = await Client.DeliverAsync(body, signature: "garbage");
        using var empty = await Client.DeliverAsync(body, signature: " ");
        var wrongUrlSignature = Destino.Domain.Webhooks.SquareWebhookSignature.Sign(
            "https://other.example/api/webhooks/square",
            System.Text.Encoding.UTF8.GetBytes(body),
            SquareWebhooks.SignatureKey);
        using var wrongUrl = await Client.DeliverAsync(body, signature: wrongUrlSignature);

        foreach (var response in new[] { changedByte, garbage, empty, wrongUrl })
        {
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }

        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.AwaitingPaymentConfirmation));
        Assert.That(await InboxCountAsync(), Is.Zero);
        Assert.That(suspicious.GetMeasurementSnapshot().Sum(measurement => measurement.Value), Is.EqualTo(4));
    }

    [TestCase("{not json")]
    [TestCase("""{"type":"payment.updated","created_at":"2026-12-03T12:00:00Z"}""")]
    [TestCase("""{"event_id":"evt-1","type":"payment.updated","created_at":"yesterday"}""")]
    [TestCase("[1,2,3]")]
    public async Task A_signed_but_malformed_event_is_a_400_problem(string body)
    {
        using var response = await Client.DeliverAsync(body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [TestCase(-80 * 60, "older than the 72-hour retry window")]
    [TestCase(10, "ten minutes in the future")]
    public async Task An_event_outside_the_retry_window_is_refused(int minutesFromNow, string why)
    {
        var createdAt = DateTimeOffset.UtcNow.AddMinutes(minutesFromNow);
        var body = SquareWebhooks.PaymentEvent(
            "evt-old", "payment.updated", "pay-1", "COMPLETED", createdAt: createdAt);

        using var response = await Client.DeliverAsync(body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(await InboxCountAsync(), Is.Zero, why);
    }

    [Test]
    public async Task A_retry_two_days_late_is_still_accepted()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
        var body = SquareWebhooks.PaymentEvent(
            "evt-1", "payment.updated", "pay-1", "COMPLETED", orderId, DateTimeOffset.UtcNow.AddHours(-48));

        using var response = await Client.DeliverAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task Twenty_concurrent_deliveries_of_one_event_are_processed_once_and_all_answered_2xx()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.DeliverAsync(body)));
        var statuses = await Task.WhenAll(responses.Select(StatusOfAsync));

        Assert.That(responses.Select(response => response.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses.Count(status => status == "Processed"), Is.EqualTo(1));
        Assert.That((await Api.OrderAsync(orderId)).Version, Is.EqualTo(2), "awaiting, then paid once");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_failed_first_delivery_is_processed_by_the_retry_and_only_once()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);
        using var flaky = Api.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.RemoveAll<ISquareEventApplier>();
            services.AddSingleton<FailsOnce>();
            services.AddScoped<ISquareEventApplier>(provider => new FailingFirstApplier(
                provider.GetRequiredService<FailsOnce>(),
                ActivatorUtilities.CreateInstance<SquareEventApplier>(provider)));
        }));
        using var client = flaky.CreateClient();

        using var first = await client.DeliverAsync(body);
        var afterFailure = await Api.OrderAsync(orderId);
        using var retry = await client.DeliverAsync(body);
        using var duplicate = await client.DeliverAsync(body);

        Assert.That((int)first.StatusCode, Is.GreaterThanOrEqualTo(500));
        Assert.That(afterFailure.Status, Is.EqualTo(OrderStatus.AwaitingPaymentConfirmation));
        Assert.That(await StatusOfAsync(retry), Is.EqualTo("Processed"));
        Assert.That(await StatusOfAsync(duplicate), Is.EqualTo("Duplicate"));
        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task A_late_payment_created_after_payment_updated_never_moves_the_order_back()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");

        using var updated = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-2", "payment.updated", "pay-1", "COMPLETED", orderId));
        using var created = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-1", "payment.created", "pay-1", "APPROVED", orderId));

        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That(await InboxCountAsync(), Is.EqualTo(2), "both events are recorded");
    }

    [Test]
    public async Task A_completed_refund_after_the_payment_refunds_the_order()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");

        using var paid = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId));
        using var pending = await Client.DeliverAsync(
            SquareWebhooks.RefundEvent("evt-2", "refund-1", "pay-1", "PENDING"));
        var whilePending = (await Api.OrderAsync(orderId)).Status;
        using var refunded = await Client.DeliverAsync(
            SquareWebhooks.RefundEvent("evt-3", "refund-1", "pay-1", "COMPLETED"));

        Assert.That(whilePending, Is.EqualTo(OrderStatus.Paid));
        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.Refunded));
    }

    [Test]
    public async Task A_failed_payment_fails_the_order_and_gives_the_stock_back()
    {
        var orderId = await Api.PlaceAwaitingOrderAsync(humita.Id, "pay-1", quantity: 4);
        var reserved = await StockOfAsync(humita.Id);

        using var failed = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "FAILED", orderId));

        Assert.That(reserved, Is.EqualTo(20));
        Assert.That((await Api.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.PaymentFailed));
        Assert.That(await StockOfAsync(humita.Id), Is.EqualTo(24));
    }

    [Test]
    public async Task Unknown_event_types_and_unknown_orders_are_stored_and_acknowledged()
    {
        using var unknownType = await Client.DeliverAsync(
            """{"type":"customer.created","event_id":"evt-1","created_at":"2026-12-03T12:00:00Z","data":{}}"""
                .Replace("2026-12-03T12:00:00Z", DateTimeOffset.UtcNow.ToString("O"), StringComparison.Ordinal));
        using var unknownOrder = await Client.DeliverAsync(
            SquareWebhooks.PaymentEvent("evt-2", "payment.updated", "pay-nobody-knows", "COMPLETED"));

        Assert.That(unknownType.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(unknownOrder.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await InboxCountAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_body_over_the_webhook_limit_is_a_413()
    {
        var padded = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED")
            .Replace("<b>fresh</b>", new string('x', 300 * 1024), StringComparison.Ordinal);

        using var response = await Client.DeliverAsync(padded);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Square_is_not_throttled_by_the_per_client_limits()
    {
        using var api = new DestinoApiFactory(Database.FilePath).WithWebhookKey()
            .WithSetting("RateLimiting:Global:PermitLimit", "1");
        using var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var delivery = 0; delivery < 5; delivery++)
        {
            using var response = await client.DeliverAsync(
                SquareWebhooks.PaymentEvent($"evt-{delivery}", "payment.updated", "pay-x", "COMPLETED"));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    protected override DestinoApiFactory CreateFactory(string databasePath) =>
        new DestinoApiFactory(databasePath).WithWebhookKey();

    private static async Task<string?> StatusOfAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString();

    private async Task<int> InboxCountAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DestinoDbContext>().WebhookInbox.CountAsync();
    }

    private sealed class FailsOnce
    {
        private int calls;

        public bool ShouldFail() => Interlocked.Increment(ref calls) == 1;
    }

    private sealed class FailingFirstApplier(FailsOnce failsOnce, ISquareEventApplier inner) : ISquareEventApplier
    {
        public Task<string> ApplyAsync(SquareEvent squareEvent, CancellationToken cancellationToken) =>
            failsOnce.ShouldFail()
                ? throw new InvalidOperationException("The database went away mid-event.")
                : inner.ApplyAsync(squareEvent, cancellationToken);
    }
}
