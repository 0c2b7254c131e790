using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Destino.Infrastructure.Caching;

internal static class CachingRegistration
{
    /// <summary>
    /// FusionCache behind the HybridCache abstraction. With Redis, Redis is the second level and its backplane tells
    /// every replica to drop its in-process copy when one replica invalidates. Redis trouble never fails a read: the
    /// circuit breaker and short timeouts fall back to memory and the database.
    /// </summary>
    public static IServiceCollection AddDestinoCache(this IServiceCollection services, RedisOptions redis)
    {
        var cache = services.AddFusionCache()
            .WithOptions(options =>
            {
                options.CacheKeyPrefix = redis.InstanceName;
                options.DistributedCacheCircuitBreakerDuration = TimeSpan.FromSeconds(5);
                options.BackplaneCircuitBreakerDuration = TimeSpan.FromSeconds(5);
            })
            .WithDefaultEntryOptions(entry =>
            {
                entry.Duration = TimeSpan.FromMinutes(10);
                entry.DistributedCacheSoftTimeout = TimeSpan.FromMilliseconds(redis.OperationTimeoutMilliseconds);
                entry.DistributedCacheHardTimeout = TimeSpan.FromMilliseconds(redis.OperationTimeoutMilliseconds * 2);
            })
            .WithSerializer(new FusionCacheSystemTextJsonSerializer())
            .AsHybridCache();

        if (!redis.IsConfigured)
        {
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisConfiguration(redis)));

        cache
            .WithDistributedCache(provider => new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () =>
                    Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            })))
            .WithBackplane(provider => new RedisBackplane(new RedisBackplaneOptions
            {
                ConnectionMultiplexerFactory = () =>
                    Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()),
            }));

        return services;
    }

    private static ConfigurationOptions RedisConfiguration(RedisOptions redis)
    {
        var configuration = ConfigurationOptions.Parse(redis.ConnectionString!);

        // Start and keep retrying while Redis is away, and fail commands at once instead of queueing them.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = redis.ConnectTimeoutMilliseconds;
        configuration.SyncTimeout = redis.OperationTimeoutMilliseconds;
        configuration.AsyncTimeout = redis.OperationTimeoutMilliseconds;
        configuration.ClientName ??= "destino";

        return configuration;
    }
}
