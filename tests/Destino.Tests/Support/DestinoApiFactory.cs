using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;

namespace Destino.Tests.Support;

/// <summary>
/// The real API in memory, on its own SQLite file and, when given one, a real redis-server. Two factories may share
/// one database file and one Redis to stand for two replicas behind a load balancer.
/// </summary>
internal sealed class DestinoApiFactory(string databasePath, string? redisConnectionString = null)
    : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal)
    {
        ["Database:Provider"] = "Sqlite",
        ["Database:ConnectionString"] = $"Data Source={databasePath}",
        ["Database:MigrateOnStartup"] = "true",
        ["Database:SeedSampleData"] = "false",
        ["Redis:ConnectionString"] = redisConnectionString,
        ["Redis:InstanceName"] = $"destino-test-{Path.GetFileNameWithoutExtension(databasePath)}:",
        ["Jwt:SigningKey"] = TestSigningKey,
        ["RateLimiting:Global:PermitLimit"] = "100000",
        ["RateLimiting:Auth:PermitLimit"] = "100000",
        ["RateLimiting:AuthAccount:PermitLimit"] = "100000",
    };

    /// <summary>Made per test run, never committed: tests sign their own good and bad tokens with it.</summary>
    public static readonly string TestSigningKey = Convert.ToBase64String(
        System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    private string environmentName = "Testing";

    public DestinoApiFactory WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public DestinoApiFactory InEnvironment(string name)
    {
        environmentName = name;
        return this;
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task ClearCacheAsync() =>
        await Services.GetRequiredService<IFusionCache>().ClearAsync(allowFailSafe: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environmentName);

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
