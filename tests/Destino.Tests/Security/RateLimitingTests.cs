using System.Net;
using Destino.Tests.Support;

namespace Destino.Tests.Security;

[Category("Critical")]
[NonParallelizable]
internal sealed class RateLimitingTests
{
    private TestDatabase database = null!;

    [SetUp]
    public void NewDatabase() => database = new TestDatabase();

    [TearDown]
    public void RemoveDatabase() => database.Dispose();

    [Test]
    public async Task Over_the_auth_limit_is_a_429_problem_with_retry_after()
    {
        using var api = new DestinoApiFactory(database.FilePath)
            .WithSetting("RateLimiting:Auth:PermitLimit", "3")
            .WithSetting("RateLimiting:Auth:WindowSeconds", "60");
        using var client = api.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await client.LoginAsync($"guess{attempt}@example.com", "not-the-password-1");
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await client.LoginAsync("guess@example.com", "not-the-password-1");

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        await ProblemAssert.IsProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.That(rejected.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 60));
    }

    [Test]
    public async Task Sign_ins_are_also_limited_per_account_name()
    {
        using var api = new DestinoApiFactory(database.FilePath)
            .WithSetting("RateLimiting:AuthAccount:PermitLimit", "2");
        using var client = api.CreateClient();

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await client.LoginAsync("ana@example.com", "not-the-password-1");
        }

        using var sameAccount = await client.LoginAsync("ANA@example.com ", "not-the-password-1");
        using var otherAccount = await client.LoginAsync("bruno@example.com", "not-the-password-1");

        await ProblemAssert.IsProblemAsync(sameAccount, HttpStatusCode.TooManyRequests);
        Assert.That(otherAccount.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Rejections_are_counted_for_the_security_metrics()
    {
        using var api = new DestinoApiFactory(database.FilePath).WithSetting("RateLimiting:Global:PermitLimit", "1");
        using var client = api.CreateClient();
        using var rejections = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<long>(
            (System.Diagnostics.Metrics.IMeterFactory)api.Services.GetService(
                typeof(System.Diagnostics.Metrics.IMeterFactory))!,
            Destino.Application.Common.Telemetry.DestinoMetrics.MeterName,
            "destino.security.rate_limit_rejections");

        using var first = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.TooManyRequests);
        Assert.That(rejections.GetMeasurementSnapshot().Single().Tags["policy"], Is.EqualTo("global"));
    }
}

/// <summary>Limits shared by replicas through a real redis-server, and what happens when Redis goes away.</summary>
[Category("Critical")]
internal sealed class DistributedRateLimitingTests : RedisTestBase
{
    [Test]
    public async Task Two_replicas_share_one_budget_through_redis()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();

        var answers = new List<HttpStatusCode>();
        foreach (var client in new[] { clientA, clientB, clientA, clientB })
        {
            using var response = await client.GetAsync(new Uri("/api/health/detailed", UriKind.Relative));
            answers.Add(response.StatusCode);
        }

        Assert.That(answers.Take(3), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(answers[3], Is.EqualTo(HttpStatusCode.TooManyRequests), "the fourth request overdraws the budget");
    }

    [Test]
    public async Task With_redis_down_requests_are_still_served_under_the_local_limit()
    {
        using var replica = Replica();
        using var client = replica.CreateClient();
        using var warmUp = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Redis.Stop();

        using var first = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private DestinoApiFactory Replica() =>
        new DestinoApiFactory(Database.FilePath, Redis.ConnectionString)
            .WithSetting("RateLimiting:Global:PermitLimit", "3");
}
