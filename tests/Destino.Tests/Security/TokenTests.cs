using System.Net;
using System.Security.Claims;
using System.Text;
using Destino.Application.Identity;
using Destino.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Destino.Tests.Security;

[Category("Critical")]
internal sealed class TokenTests : ApiTestBase
{
    private const string Issuer = "destino";
    private const string Audience = "destino-api";

    [Test]
    public async Task A_token_signed_by_the_api_is_accepted()
    {
        using var response = await GetMeAsync(Token(DestinoApiFactory.TestSigningKey));

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_token_with_another_signature_is_a_401_problem()
    {
        var otherKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a-completely-different-signing-key-0123456789"));

        using var response = await GetMeAsync(Token(otherKey));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_unsigned_alg_none_token_is_a_401_problem()
    {
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        var expires = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var subject = Guid.NewGuid();
        var payload = Base64Url(
            $$"""{"sub":"{{subject}}","role":"Admin","iss":"{{Issuer}}","aud":"{{Audience}}","exp":{{expires}}}""");

        using var response = await GetMeAsync($"{header}.{payload}.");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task An_expired_token_is_a_401_problem()
    {
        var token = Token(DestinoApiFactory.TestSigningKey, expires: DateTime.UtcNow.AddMinutes(-5));

        using var response = await GetMeAsync(token);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [TestCase("someone-else", Audience)]
    [TestCase(Issuer, "another-api")]
    public async Task A_token_for_another_issuer_or_audience_is_a_401_problem(string issuer, string audience)
    {
        using var response = await GetMeAsync(Token(DestinoApiFactory.TestSigningKey, issuer, audience));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task No_token_on_an_admin_endpoint_is_a_401_problem()
    {
        using var response = await Client.PostAsync(new Uri("/api/admin/categories", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_customer_on_an_admin_endpoint_is_a_403_problem()
    {
        var token = await Client.CustomerTokenAsync("ana@example.com");
        using var client = Api.CreateClient().Authorized(token);

        using var response = await client.PostAsync(
            new Uri("/api/admin/products/" + Guid.NewGuid() + "/archive", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> GetMeAsync(string token)
    {
        using var client = Api.CreateClient().Authorized(token);
        return await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
    }

    private static string Token(
        string signingKey, string issuer = Issuer, string audience = Audience, DateTime? expires = null)
    {
        var expiresAt = expires ?? DateTime.UtcNow.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(
                [new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", Roles.Customer)]),
            NotBefore = expiresAt.AddMinutes(-20),
            IssuedAt = expiresAt.AddMinutes(-20),
            Expires = expiresAt,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
