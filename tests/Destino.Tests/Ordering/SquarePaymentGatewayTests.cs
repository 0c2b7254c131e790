using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Destino.Application.Payments;
using Destino.Domain.Common;
using Destino.Infrastructure.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Destino.Tests.Ordering;

/// <summary>
/// The real typed HttpClient and resilience pipeline against a fake Square server on loopback (WireMock.Net).
/// </summary>
[Category("Payments")]
[Category("Critical")]
internal sealed class SquarePaymentGatewayTests
{
    private const string PaymentsPath = "/v2/payments";
    private const string TestAccessToken = "made-up-token-for-the-fake-square";

    private WireMockServer square = null!;
    private ServiceProvider services = null!;
    private IPaymentGateway gateway = null!;

    [SetUp]
    public void StartFakeSquare()
    {
        square = WireMockServer.Start();
        services = BuildGateway(new Uri(square.Url!));
        gateway = services.GetRequiredService<IPaymentGateway>();
    }

    [TearDown]
    public void StopFakeSquare()
    {
        services.Dispose();
        square.Stop();
        square.Dispose();
    }

    [Test]
    public async Task A_completed_payment_is_sent_as_square_documents_it()
    {
        RespondWithPayment("COMPLETED");
        var orderId = Guid.NewGuid();

        var result = await gateway.ChargeAsync(Charge(orderId), default);

        var request = square.LogEntries.Single().RequestMessage;
        var body = JsonDocument.Parse(request.Body!).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new PaymentResult(PaymentOutcome.Completed, "pay-from-square")));
            Assert.That(request.Headers!["Square-Version"].Single(), Is.EqualTo("2025-01-23"));
            Assert.That(request.Headers!["Authorization"].Single(), Is.EqualTo($"Bearer {TestAccessToken}"));
            Assert.That(body.GetProperty("idempotency_key").GetString(), Is.EqualTo($"pay-{orderId:N}"));
            Assert.That(body.GetProperty("amount_money").GetProperty("amount").GetInt64(), Is.EqualTo(2425));
            Assert.That(body.GetProperty("amount_money").GetProperty("currency").GetString(), Is.EqualTo("USD"));
            Assert.That(body.GetProperty("reference_id").GetString(), Is.EqualTo(orderId.ToString()));
            Assert.That(body.GetProperty("location_id").GetString(), Is.EqualTo("TESTLOCATION"));
            Assert.That(body.GetProperty("source_id").GetString(), Is.EqualTo("cnon:card-nonce-ok"));
        });
    }

    [TestCase("APPROVED")]
    [TestCase("PENDING")]
    public async Task An_approved_or_pending_payment_awaits_the_webhook(string status)
    {
        RespondWithPayment(status);

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.AwaitingConfirmation));
    }

    [TestCase("GENERIC_DECLINE")]
    [TestCase("CVV_FAILURE")]
    [TestCase("INSUFFICIENT_FUNDS")]
    [TestCase("ADDRESS_VERIFICATION_FAILURE")]
    public async Task A_decline_names_square_s_reason_and_is_not_retried(string code)
    {
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(402).WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"errors":[{"category":"PAYMENT_METHOD_ERROR","code":"{{code}}","detail":"Card declined."}],""" +
                """ "payment":{"id":"pay-declined","status":"FAILED"}}"""));

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Declined));
        Assert.That(result.DeclineCode, Is.EqualTo(code));
        Assert.That(square.LogEntries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_500_then_success_charges_once_with_the_same_idempotency_key()
    {
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500));
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(PaymentBody("COMPLETED"));

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        var keys = IdempotencyKeysSent();
        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Completed));
        Assert.That(keys, Has.Count.EqualTo(2));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(1), "a retry must reuse the key, so Square charges once");
    }

    [Test]
    public async Task A_429_is_retried_after_the_delay_square_asks_for()
    {
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .InScenario("busy").WillSetStateTo("calm")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .InScenario("busy").WhenStateIs("calm")
            .RespondWith(PaymentBody("COMPLETED"));

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        var sent = square.LogEntries.Select(entry => entry.RequestMessage.DateTime).ToList();
        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Completed));
        Assert.That(sent, Has.Count.EqualTo(2));
        Assert.That(sent[1] - sent[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
    }

    [Test]
    public async Task A_square_that_never_answers_in_time_is_unavailable_after_retries()
    {
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .RespondWith(PaymentBody("COMPLETED").WithDelay(TimeSpan.FromSeconds(3)));

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Unavailable));
        Assert.That(IdempotencyKeysSent().Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task An_unreachable_square_is_unavailable()
    {
        using var unreachable = BuildGateway(new Uri($"http://127.0.0.1:{ClosedPort()}"));

        var result = await unreachable.GetRequiredService<IPaymentGateway>()
            .ChargeAsync(Charge(Guid.NewGuid()), default);

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Unavailable));
    }

    [Test]
    public async Task A_refund_is_sent_with_its_own_idempotency_key()
    {
        square.Given(Request.Create().WithPath("/v2/refunds").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"refund":{"id":"refund-from-square","status":"PENDING"}}"""));
        var orderId = Guid.NewGuid();

        var result = await gateway.RefundAsync(
            new RefundRequest($"refund-{orderId:N}", "pay-from-square", Money.Usd(2425), orderId), default);

        var body = JsonDocument.Parse(square.LogEntries.Single().RequestMessage.Body!).RootElement;
        Assert.That(result, Is.EqualTo(new RefundResult(true, "refund-from-square")));
        Assert.That(body.GetProperty("payment_id").GetString(), Is.EqualTo("pay-from-square"));
        Assert.That(body.GetProperty("idempotency_key").GetString(), Is.EqualTo($"refund-{orderId:N}"));
    }

    [Test]
    public async Task Our_own_misconfiguration_is_not_reported_as_a_card_decline()
    {
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("""{"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED"}]}"""));

        var result = await gateway.ChargeAsync(Charge(Guid.NewGuid()), default);

        Assert.That(result.Outcome, Is.EqualTo(PaymentOutcome.Unavailable));
    }

    internal static ServiceProvider BuildGateway(Uri squareUrl) =>
        new ServiceCollection()
            .AddLogging()
            .AddDestinoPaymentsForTests(new Dictionary<string, string?>
            {
                ["Payments:Gateway"] = "Square",
                ["Payments:MaxRetryAttempts"] = "2",
                ["Payments:RetryBaseDelayMilliseconds"] = "20",
                ["Payments:AttemptTimeoutSeconds"] = "1",
                ["Payments:TotalTimeoutSeconds"] = "10",
                ["Square:BaseUrl"] = squareUrl.ToString(),
                ["Square:AccessToken"] = TestAccessToken,
                ["Square:LocationId"] = "TESTLOCATION",
            })
            .BuildServiceProvider();

    private static ChargeRequest Charge(Guid orderId) =>
        new($"pay-{orderId:N}", "cnon:card-nonce-ok", Money.Usd(2425), orderId);

    private void RespondWithPayment(string status) =>
        square.Given(Request.Create().WithPath(PaymentsPath).UsingPost()).RespondWith(PaymentBody(status));

    private static IResponseBuilder PaymentBody(string status) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody($$$"""{"payment":{"id":"pay-from-square","status":"{{{status}}}"}}""");

    private List<string?> IdempotencyKeysSent() =>
        square.LogEntries
            .Select(entry => JsonDocument.Parse(entry.RequestMessage.Body!).RootElement
                .GetProperty("idempotency_key").GetString())
            .ToList();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal static class PaymentsTestRegistration
{
    public static IServiceCollection AddDestinoPaymentsForTests(
        this IServiceCollection services, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return services.AddDestinoPayments(configuration);
    }
}
