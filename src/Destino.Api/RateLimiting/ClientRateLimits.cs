using System.Security.Claims;
using System.Threading.RateLimiting;
using Destino.Infrastructure.Caching;
using Destino.Infrastructure.Identity;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Destino.Api.RateLimiting;

/// <summary>
/// Builds the fixed-window limiter of one policy for one client: shared through Redis when Redis is configured, so
/// N replicas enforce one budget, and in-process otherwise.
/// </summary>
internal sealed class ClientRateLimits(IServiceProvider services, IOptions<RedisOptions> redisOptions)
{
    private readonly IConnectionMultiplexer? redis = services.GetService<IConnectionMultiplexer>();

    public RateLimitPartition<string> Partition(string policy, string clientKey, WindowLimit limit) =>
        RateLimitPartition.Get($"{policy}:{clientKey}", partitionKey => CreateLimiter(partitionKey, limit));

    /// <summary>
    /// The signed-in user when there is one, else the client address as the forwarded headers give it.
    /// </summary>
    public static string ClientKey(HttpContext context) =>
        context.User.FindFirstValue(DestinoClaims.Subject) is { } userId ? $"user:{userId}" : ClientAddress(context);

    public static string ClientAddress(HttpContext context) =>
        $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private RateLimiter CreateLimiter(string partitionKey, WindowLimit limit)
    {
        var local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

        if (redis is null)
        {
            return local;
        }

        var shared = new RedisFixedWindowRateLimiter<string>(
            $"{redisOptions.Value.InstanceName}ratelimit:{partitionKey}",
            new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
            });

        return new FallbackRateLimiter(shared, local);
    }
}
