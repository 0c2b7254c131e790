using System.IO.Compression;
using System.Net;
using System.Text;
using Destino.Application.Catalog;
using Destino.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Sentry;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Destino.Tests.Observability;

/// <summary>A real HTTP server on loopback stands in for Sentry's ingestion, to see exactly what would leave.</summary>
[Category("Critical")]
internal sealed class SentryScrubbingTests
{
    [Test]
    public async Task A_captured_error_carries_its_tags_and_no_cookie_token_signature_or_email()
    {
        using var sentry = WireMockServer.Start();
        sentry.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using var database = new TestDatabase();
        var failingCatalog = new Mock<ICatalogReader>();
        failingCatalog
            .Setup(catalog => catalog.ListCategoriesAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("lookup failed for ana.ruiz@example.com"));
        using var api = new DestinoApiFactory(database.FilePath)
            .WithSetting("Sentry:Dsn", $"http://publickey@127.0.0.1:{sentry.Port}/42")
            .WithSetting("Sentry:RequestBodyCompressionLevel", "NoCompression");
        using var client = api.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddScoped(_ => failingCatalog.Object))).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/categories", UriKind.Relative));
        request.Headers.Add("Cookie", "session=cookie-value-that-must-not-leak");
        request.Headers.Add("Authorization", "Bearer token-value-that-must-not-leak");
        request.Headers.Add("x-square-hmacsha256-signature", "signature-value-that-must-not-leak");

        using var response = await client.SendAsync(request);
        await api.Services.GetRequiredService<IHub>().FlushAsync(TimeSpan.FromSeconds(10));

        var sent = string.Join("\n", sentry.LogEntries.Select(entry => Body(entry.RequestMessage)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(sent, Does.Contain("InvalidOperationException"), "the event reached the fake Sentry");
        Assert.That(sent, Does.Contain("ListCategoriesQuery"), "tagged with the request name");
        Assert.Multiple(() =>
        {
            Assert.That(sent, Does.Not.Contain("cookie-value-that-must-not-leak"));
            Assert.That(sent, Does.Not.Contain("token-value-that-must-not-leak"));
            Assert.That(sent, Does.Not.Contain("signature-value-that-must-not-leak"));
            Assert.That(sent, Does.Not.Contain("ana.ruiz@example.com"));
        });
    }

    [Test]
    public void The_scrubber_removes_emails_wherever_they_appear()
    {
        var scrubbed = Destino.Infrastructure.Observability.SentryScrubber.WithoutEmails(
            "order for ana.ruiz@example.com and bruno+cakes@bakery.example.org");

        Assert.That(scrubbed, Is.EqualTo("order for [redacted] and [redacted]"));
    }

    private static string Body(WireMock.IRequestMessage message)
    {
        if (message.BodyAsBytes is not { Length: > 0 } bytes)
        {
            return message.Body ?? string.Empty;
        }

        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
