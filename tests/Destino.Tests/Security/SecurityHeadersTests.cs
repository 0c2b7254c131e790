using System.Net;
using Destino.Tests.Support;

namespace Destino.Tests.Security;

internal sealed class SecurityHeadersTests : ApiTestBase
{
    private static readonly (string Name, string Value)[] EveryResponse =
    [
        ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Strict-Transport-Security", "max-age=63072000; includeSubDomains"),
    ];

    [TestCase("/api/categories", HttpStatusCode.OK)]
    [TestCase("/api/health", HttpStatusCode.OK)]
    [TestCase("/api/no-such-route", HttpStatusCode.NotFound)]
    [TestCase("/api/products?page=0", HttpStatusCode.BadRequest)]
    [TestCase("/api/auth/me", HttpStatusCode.Unauthorized)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode expectedStatus)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(expectedStatus));
        Assert.Multiple(() =>
        {
            foreach (var (name, value) in EveryResponse)
            {
                Assert.That(HeaderValue(response, name), Is.EqualTo(value), name);
            }

            Assert.That(
                HeaderValue(response, "Permissions-Policy"), Does.Contain("camera=()").And.Contain("payment=()"));
            Assert.That(response.Headers.Contains("Server"), Is.False);
            Assert.That(response.Headers.Contains("X-Powered-By"), Is.False);
        });
    }

    [Test]
    public async Task A_rate_limited_response_carries_them_too()
    {
        using var api = new DestinoApiFactory(Database.FilePath).WithSetting("RateLimiting:Global:PermitLimit", "1");
        using var client = api.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));
        using var limited = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));

        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(HeaderValue(limited, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(HeaderValue(limited, "Content-Security-Policy"), Does.Contain("default-src 'none'"));
    }

    [Test]
    public async Task Cors_is_closed_unless_origins_are_configured()
    {
        using var closed = await PreflightAsync(Client, "https://shop.example");
        using var api = new DestinoApiFactory(Database.FilePath)
            .WithSetting("Cors:AllowedOrigins:0", "https://shop.example");
        using var openClient = api.CreateClient();
        using var open = await PreflightAsync(openClient, "https://shop.example");
        using var stranger = await PreflightAsync(openClient, "https://evil.example");

        Assert.That(closed.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(HeaderValue(open, "Access-Control-Allow-Origin"), Is.EqualTo("https://shop.example"));
        Assert.That(stranger.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/products", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return await client.SendAsync(request);
    }

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
