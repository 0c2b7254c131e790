using System.Net;
using System.Net.Http.Json;
using Destino.Application.Identity;
using Destino.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Destino.Tests.Security;

[Category("Critical")]
internal sealed class AccountTests : ApiTestBase
{
    [Test]
    public async Task A_registered_customer_signs_in_and_reads_their_profile()
    {
        var token = await Client.CustomerTokenAsync("ana@example.com");
        using var client = Api.CreateClient().Authorized(token);

        using var response = await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative));
        var profile = await response.Content.ReadFromJsonAsync<UserProfile>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(profile!.Email, Is.EqualTo("ana@example.com"));
        Assert.That(profile.Roles, Is.EqualTo(new[] { Roles.Customer }));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "personal data is never cached");
    }

    [Test]
    public async Task Registering_an_email_twice_is_a_problem_and_keeps_the_first_account()
    {
        using var first = await Client.RegisterAsync("ana@example.com");
        using var second = await Client.RegisterAsync("ana@example.com", "a-different-password-123");
        using var login = await Client.LoginAsync("ana@example.com");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.BadRequest);
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("not-an-email", Accounts.Password, "email")]
    [TestCase("ana@example.com", "short", "password")]
    public async Task Bad_registration_is_a_400_naming_the_field(string email, string password, string field)
    {
        using var response = await Client.RegisterAsync(email, password);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_401_problem()
    {
        using var registered = await Client.RegisterAsync("ana@example.com");

        using var wrongPassword = await Client.LoginAsync("ana@example.com", "not-the-password-1");
        using var unknownEmail = await Client.LoginAsync("nobody@example.com");

        var wrong = await ProblemAssert.IsProblemAsync(wrongPassword, HttpStatusCode.Unauthorized);
        var unknown = await ProblemAssert.IsProblemAsync(unknownEmail, HttpStatusCode.Unauthorized);
        Assert.That(wrong.GetProperty("detail").GetString(), Is.EqualTo(unknown.GetProperty("detail").GetString()));
    }

    [Test]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        using var registered = await Client.RegisterAsync("ana@example.com");
        using var failures = new MetricCollector<long>(
            Api.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            Destino.Application.Common.Telemetry.DestinoMetrics.MeterName,
            "destino.security.failed_sign_ins");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await Client.LoginAsync("ana@example.com", "guessing-password-" + attempt);
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var rightPassword = await Client.LoginAsync("ana@example.com");

        await ProblemAssert.IsProblemAsync(rightPassword, HttpStatusCode.Unauthorized);
        Assert.That(failures.GetMeasurementSnapshot().Sum(measurement => measurement.Value), Is.EqualTo(6));
        Assert.That(
            failures.GetMeasurementSnapshot().Count(m => Equals(m.Tags["reason"], "locked_out")),
            Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task The_configured_first_admin_is_created_at_start_up()
    {
        using var database = new TestDatabase();
        using var api = new DestinoApiFactory(database.FilePath)
            .WithSetting("Identity:InitialAdminEmail", "owner@example.com")
            .WithSetting("Identity:InitialAdminPassword", Accounts.Password);
        using var client = api.CreateClient();

        using var login = await client.LoginAsync("owner@example.com");
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<AccessToken>())!.Token;
        using var adminClient = api.CreateClient().Authorized(token);
        var profile = await adminClient.GetFromJsonAsync<UserProfile>(new Uri("/api/auth/me", UriKind.Relative));

        Assert.That(profile!.Roles, Does.Contain(Roles.Admin));
    }
}
