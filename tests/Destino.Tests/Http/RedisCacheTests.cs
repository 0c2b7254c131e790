using System.Net;
using System.Text.Json;
using Destino.Application.Catalog.Models;
using Destino.Tests.Support;

namespace Destino.Tests.Http;

/// <summary>The two-level cache against a real redis-server that the test starts, stops and restarts.</summary>
[Category("Critical")]
internal sealed class RedisCacheTests : RedisTestBase
{
    [Test]
    public async Task With_redis_stopped_catalog_reads_still_answer_and_health_reports_redis_degraded()
    {
        await using var api = new DestinoApiFactory(Database.FilePath, Redis.ConnectionString);
        using var client = api.CreateClient();
        var empanadas = await api.CreateCategoryAsync("empanadas");
        await api.CreateProductAsync(empanadas, "humita");
        var healthyBefore = await DetailedHealthAsync(client);

        Redis.Stop();
        await api.ClearCacheAsync();

        using var listing = await client.GetAsync(new Uri("/api/products", UriKind.Relative));
        using var product = await client.GetAsync(new Uri("/api/products/humita", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/api/health/detailed", UriKind.Relative));
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(RedisStatus(healthyBefore), Is.EqualTo("Healthy"));
            Assert.That(listing.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(product.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Redis is optional: degraded, not down");
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
            Assert.That(RedisStatus(report), Is.EqualTo("Degraded"));
        });
    }

    [Test]
    public async Task An_update_through_one_replica_is_fresh_on_the_next_read_through_the_other()
    {
        await using var replicaA = new DestinoApiFactory(Database.FilePath, Redis.ConnectionString);
        await using var replicaB = new DestinoApiFactory(Database.FilePath, Redis.ConnectionString);
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        var empanadas = await replicaA.CreateCategoryAsync("empanadas");
        var humita = await replicaA.CreateProductAsync(empanadas, "humita", priceInCents: 525);
        var before = await GetProductAsync(clientB, "humita");
        await GetProductAsync(clientB, "humita");

        await replicaA.SendAsync(humita.WithPrice(650));

        var after = await GetProductAsync(clientB, "humita");
        Assert.That(before.Price.Amount, Is.EqualTo(525));
        Assert.That(after.Price.Amount, Is.EqualTo(650));
    }

    [Test]
    public async Task A_replica_reads_what_another_replica_cached_in_redis()
    {
        await using var replicaA = new DestinoApiFactory(Database.FilePath, Redis.ConnectionString);
        await using var replicaB = new DestinoApiFactory(Database.FilePath, Redis.ConnectionString);
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        var empanadas = await replicaA.CreateCategoryAsync("empanadas");
        await replicaA.CreateProductAsync(empanadas, "humita");
        await GetProductAsync(clientA, "humita");
        using var lookupsB = new CacheLookups(replicaB.Services);

        await GetProductAsync(clientB, "humita");

        Assert.That(
            lookupsB.Hits(nameof(Destino.Application.Catalog.Queries.GetProduct.GetProductQuery)),
            Is.EqualTo(1));
    }

    private static async Task<ProductModel> GetProductAsync(HttpClient client, string slug)
    {
        using var response = await client.GetAsync(new Uri($"/api/products/{slug}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonSerializer.Deserialize<ProductModel>(
            await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!;
    }

    private static async Task<JsonElement> DetailedHealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/health/detailed", UriKind.Relative));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static string? RedisStatus(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray()
            .Single(check => check.GetProperty("name").GetString() == "redis")
            .GetProperty("status").GetString();
}
