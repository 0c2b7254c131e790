using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Destino.Infrastructure.Health;

/// <summary>
/// Pings Redis. Destino serves reads without it, so a failure is reported as Degraded rather than Unhealthy.
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis is not connected.");
        }

        try
        {
            var roundTrip = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING answered in {roundTrip.TotalMilliseconds:0.#} ms.");
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus, "Redis did not answer PING.", exception: exception);
        }
    }
}
