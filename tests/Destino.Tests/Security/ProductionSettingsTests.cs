using Destino.Tests.Support;

namespace Destino.Tests.Security;

[Category("Critical")]
internal sealed class ProductionSettingsTests
{
    [Test]
    public void Production_refuses_to_start_naming_every_missing_setting()
    {
        using var database = new TestDatabase();
        using var api = new DestinoApiFactory(database.FilePath)
            .InEnvironment("Production")
            .WithSetting("Database:ConnectionString", null)
            .WithSetting("Jwt:SigningKey", null);

        var failure = Assert.Catch(() => api.CreateClient());

        var message = Flatten(failure!);
        Assert.That(message, Does.Contain("Database:ConnectionString"));
        Assert.That(message, Does.Contain("Jwt:SigningKey"));
        Assert.That(message, Does.Contain("Square:WebhookSignatureKey"));
        Assert.That(message, Does.Contain("Square:WebhookNotificationUrl"));
        Assert.That(message, Does.Contain("Square:AccessToken"));
        Assert.That(message, Does.Contain("Payments:Gateway"), "the sandbox gateway never runs in Production");
    }

    [Test]
    public void Production_refuses_a_signing_key_shorter_than_32_bytes()
    {
        using var database = new TestDatabase();
        using var api = ProductionWithEverything(database).WithSetting("Jwt:SigningKey", "too-short-for-hs256");

        var failure = Assert.Catch(() => api.CreateClient());

        Assert.That(Flatten(failure!), Does.Contain("Jwt:SigningKey").And.Contain("32 bytes"));
    }

    [Test]
    public void Production_starts_when_every_required_setting_is_present()
    {
        using var database = new TestDatabase();
        using var api = ProductionWithEverything(database);

        Assert.DoesNotThrow(() => api.CreateClient().Dispose());
    }

    [Test]
    public void Development_starts_with_no_configuration_at_all()
    {
        using var database = new TestDatabase();
        using var api = new DestinoApiFactory(database.FilePath)
            .InEnvironment("Development")
            .WithSetting("Jwt:SigningKey", null)
            .WithSetting("Database:SeedSampleData", "false");

        Assert.DoesNotThrow(() => api.CreateClient().Dispose());
    }

    private static DestinoApiFactory ProductionWithEverything(TestDatabase database) =>
        new DestinoApiFactory(database.FilePath)
            .InEnvironment("Production")
            .WithSetting("Square:WebhookSignatureKey", "test-signature-key-made-up-for-tests")
            .WithSetting("Square:WebhookNotificationUrl", "https://shop.example/api/webhooks/square")
            .WithSetting("Square:AccessToken", "test-access-token-made-up-for-tests")
            .WithSetting("Square:LocationId", "TESTLOCATION")
            .WithSetting("Payments:Gateway", "Square");

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(inner => inner.Message))
            : exception.ToString();
}
