using Destino.Application.Webhooks;
using Destino.Infrastructure.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Destino.Infrastructure.Webhooks;

/// <summary>
/// Claims an event id in Redis with one atomic SET NX and a short lease. A claim that outlives a crash expires with
/// the lease, so Square's retry is processed; only a finished event is marked done for the full retry window.
/// </summary>
internal sealed class RedisWebhookClaims(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : IWebhookClaims
{
    private const string InFlight = "processing";
    private const string Done = "done";
    private static readonly TimeSpan ProcessingLease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RetryWindow = TimeSpan.FromHours(73);

    public async Task<ClaimResult> TryClaimAsync(string eventId)
    {
        try
        {
            var database = redis.GetDatabase();
            if (await database.StringSetAsync(Key(eventId), InFlight, ProcessingLease, When.NotExists))
            {
                return ClaimResult.Claimed;
            }

            return await database.StringGetAsync(Key(eventId)) == Done
                ? ClaimResult.AlreadyProcessed
                : ClaimResult.InFlight;
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            return ClaimResult.Unavailable;
        }
    }

    public async Task MarkProcessedAsync(string eventId)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(Key(eventId), Done, RetryWindow);
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // Only the fast path is lost; the inbox still answers the next duplicate.
        }
    }

    public async Task ReleaseAsync(string eventId)
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(Key(eventId));
        }
        catch (Exception exception) when (exception is RedisException or RedisTimeoutException)
        {
            // The lease expires on its own.
        }
    }

    private RedisKey Key(string eventId) => $"{options.Value.InstanceName}webhook:{eventId}";
}

/// <summary>Without Redis every delivery goes to the inbox, which alone keeps processing exactly-once.</summary>
internal sealed class NoWebhookClaims : IWebhookClaims
{
    public Task<ClaimResult> TryClaimAsync(string eventId) => Task.FromResult(ClaimResult.Unavailable);

    public Task MarkProcessedAsync(string eventId) => Task.CompletedTask;

    public Task ReleaseAsync(string eventId) => Task.CompletedTask;
}
