using System.Net;
using System.Text.Json;
using Destino.Domain.Ordering;
using Destino.Tests.Support;

namespace Destino.Tests.Webhooks;

/// <summary>Exactly-once across replicas that share one database file and one real redis-server.</summary>
[Category("Critical")]
[Category("Payments")]
internal sealed class SquareWebhookReplicaTests : RedisTestBase
{
    [Test]
    public async Task The_same_event_sent_to_two_replicas_at_once_is_processed_once()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        var orderId = await PlaceOrderAsync(replicaA);
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);

        var deliveries = Enumerable.Range(0, 10)
            .Select(i => (i % 2 == 0 ? clientA : clientB).DeliverAsync(body));
        var responses = await Task.WhenAll(deliveries);
        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync()));

        Assert.That(
            responses.Select(response => response.StatusCode),
            Is.All.EqualTo(HttpStatusCode.OK),
            string.Join("\n", bodies));
        var statuses = bodies.Select(text => JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
        Assert.That(statuses.Count(status => status == "Processed"), Is.EqualTo(1));
        Assert.That((await replicaB.OrderAsync(orderId)).Version, Is.EqualTo(2));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task With_redis_stopped_events_are_still_processed_once_through_the_inbox()
    {
        using var replica = Replica();
        using var client = replica.CreateClient();
        var orderId = await PlaceOrderAsync(replica);
        var body = SquareWebhooks.PaymentEvent("evt-1", "payment.updated", "pay-1", "COMPLETED", orderId);

        Redis.Stop();
        using var first = await client.DeliverAsync(body);
        using var second = await client.DeliverAsync(body);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("Duplicate"));
        Assert.That((await replica.OrderAsync(orderId)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    private DestinoApiFactory Replica() =>
        new DestinoApiFactory(Database.FilePath, Redis.ConnectionString).WithWebhookKey();

    private static async Task<Guid> PlaceOrderAsync(DestinoApiFactory api)
    {
        var empanadas = await api.CreateCategoryAsync("empanadas");
        var humita = await api.CreateProductAsync(empanadas, "humita");
        return await api.PlaceAwaitingOrderAsync(humita.Id, "pay-1");
    }
}
