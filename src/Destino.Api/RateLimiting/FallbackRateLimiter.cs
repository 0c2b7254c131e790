using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Destino.Api.RateLimiting;

/// <summary>
/// Counts in Redis so every replica shares one budget, and falls back to this process's own counter when Redis
/// cannot answer. A Redis outage then weakens the limit to per-replica; it never fails the request.
/// </summary>
internal sealed class FallbackRateLimiter(RateLimiter shared, RateLimiter local) : RateLimiter
{
    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // The shared counter is asynchronous only: "not acquired" here makes the middleware ask AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => FailedLeaseToForceAsync.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            return await shared.AcquireAsync(permitCount, cancellationToken);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class FailedLeaseToForceAsync : RateLimitLease
    {
        public static readonly FailedLeaseToForceAsync Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
