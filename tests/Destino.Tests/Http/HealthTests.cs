using System.Net;
using System.Text.Json;
using Destino.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Destino.Tests.Http;

[Category("Critical")]
internal sealed class HealthTests : ApiTestBase
{
    [Test]
    public async Task Liveness_answers_healthy_without_details()
    {
        using var response = await Client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"status":"Healthy"}"""));
    }

    [Test]
    public async Task Detailed_health_reports_each_dependency_version_environment_and_uptime()
    {
        using var response = await Client.GetAsync(new Uri("/api/health/detailed", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var report = JsonDocument.Parse(body).RootElement;
        var database = report.GetProperty("checks").EnumerateArray()
            .Single(check => check.GetProperty("name").GetString() == "database");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(report.GetProperty("version").GetString(), Is.Not.Empty);
            Assert.That(report.GetProperty("environment").GetString(), Is.EqualTo("Testing"));
            Assert.That(report.GetProperty("uptimeSeconds").GetInt64(), Is.GreaterThanOrEqualTo(0));
            Assert.That(database.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(database.GetProperty("durationMs").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(body, Does.Not.Contain(Database.FilePath).And.Not.Contain("Data Source"));
        });
    }

    [Test]
    public async Task Detailed_health_is_503_when_the_database_is_gone_while_liveness_stays_200()
    {
        using var lostDatabase = new TestDatabase();
        using (var first = new DestinoApiFactory(lostDatabase.FilePath))
        {
            first.CreateClient().Dispose();
        }

        // Mode=ReadWrite refuses to create the file again, so deleting it takes the database away for real.
        using var api = new DestinoApiFactory(lostDatabase.FilePath)
            .WithSetting("Database:ConnectionString", $"Data Source={lostDatabase.FilePath};Mode=ReadWrite");
        using var client = api.CreateClient();
        SqliteConnection.ClearAllPools();
        File.Delete(lostDatabase.FilePath);

        using var detailed = await client.GetAsync(new Uri("/api/health/detailed", UriKind.Relative));
        using var liveness = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        var body = await detailed.Content.ReadAsStringAsync();

        Assert.That(detailed.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
        Assert.That(body, Does.Not.Contain(lostDatabase.FilePath));
        Assert.That(liveness.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_openapi_document_describes_the_catalog()
    {
        using var response = await Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document.GetProperty("paths").TryGetProperty("/api/products/{idOrSlug}", out _), Is.True);
    }
}
