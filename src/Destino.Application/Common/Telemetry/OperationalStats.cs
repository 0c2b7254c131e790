using HdrHistogram;

namespace Destino.Application.Common.Telemetry;

/// <summary>
/// This instance's request, query, page-load and security figures in one-minute buckets for the last day, with
/// latencies in HdrHistograms so percentiles come from the histogram, not from a list of every sample. Business
/// figures come from the database instead, so they agree across instances.
/// </summary>
public sealed class OperationalStats(TimeProvider clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private const long HighestTrackableMilliseconds = 10 * 60 * 1000;

    private readonly Lock gate = new();
    private readonly SortedDictionary<long, MinuteBucket> buckets = [];
    private long activeRequests;

    public long ActiveRequests => Interlocked.Read(ref activeRequests);

    public void RequestStarted() => Interlocked.Increment(ref activeRequests);

    public void RequestFinished(int statusCode, TimeSpan elapsed)
    {
        Interlocked.Decrement(ref activeRequests);

        Update(bucket =>
        {
            bucket.Requests++;
            bucket.ServerErrors += statusCode >= 500 ? 1 : 0;
            bucket.Unavailable += statusCode == 503 ? 1 : 0;
            bucket.Blocked += statusCode is 401 or 403 or 429 ? 1 : 0;
            bucket.ResponseTimes.RecordValue(Clamp(elapsed.TotalMilliseconds));
        });
    }

    public void RecordQuery(TimeSpan elapsed) =>
        Update(bucket => bucket.QueryTimes.RecordValue(Clamp(elapsed.TotalMilliseconds)));

    public void RecordPageLoad(int milliseconds) => Update(bucket => bucket.PageLoads.RecordValue(Clamp(milliseconds)));

    public void RecordCacheLookup(bool hit) => Update(bucket =>
    {
        bucket.CacheHits += hit ? 1 : 0;
        bucket.CacheMisses += hit ? 0 : 1;
    });

    public void RecordRateLimitRejection() => Update(bucket => bucket.RateLimitRejections++);

    public void RecordFailedSignIn() => Update(bucket => bucket.FailedSignIns++);

    public void RecordSuspiciousWebhook() => Update(bucket => bucket.SuspiciousWebhooks++);

    /// <summary>Everything recorded since <paramref name="since"/>, merged into one set of figures.</summary>
    public StatsSnapshot Snapshot(DateTimeOffset since)
    {
        var total = new MinuteBucket(0);

        lock (gate)
        {
            foreach (var bucket in BucketsSince(since))
            {
                total.Add(bucket);
            }
        }

        return total.ToSnapshot(DateTimeOffset.MinValue);
    }

    /// <summary>One point per minute that saw any traffic, oldest first, for the dashboard's charts.</summary>
    public IReadOnlyList<StatsSnapshot> Series(DateTimeOffset since)
    {
        lock (gate)
        {
            return [.. BucketsSince(since)
                .Select(bucket => bucket.ToSnapshot(DateTimeOffset.FromUnixTimeSeconds(bucket.Minute * 60)))];
        }
    }

    private IEnumerable<MinuteBucket> BucketsSince(DateTimeOffset since)
    {
        var firstMinute = since.ToUnixTimeSeconds() / 60;
        return buckets.Values.Where(bucket => bucket.Minute >= firstMinute);
    }

    private void Update(Action<MinuteBucket> change)
    {
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;

        lock (gate)
        {
            if (!buckets.TryGetValue(minute, out var bucket))
            {
                bucket = new MinuteBucket(minute);
                buckets[minute] = bucket;
                DropExpired(now);
            }

            change(bucket);
        }
    }

    private void DropExpired(DateTimeOffset now)
    {
        var oldestKept = (now - Retention).ToUnixTimeSeconds() / 60;
        foreach (var expired in buckets.Keys.TakeWhile(minute => minute < oldestKept).ToList())
        {
            buckets.Remove(expired);
        }
    }

    private static long Clamp(double milliseconds) =>
        Math.Clamp((long)Math.Round(milliseconds), 0, HighestTrackableMilliseconds);

    private sealed class MinuteBucket(long minute)
    {
        public long Minute { get; } = minute;

        public long Requests { get; set; }

        public long ServerErrors { get; set; }

        public long Unavailable { get; set; }

        public long Blocked { get; set; }

        public long CacheHits { get; set; }

        public long CacheMisses { get; set; }

        public long RateLimitRejections { get; set; }

        public long FailedSignIns { get; set; }

        public long SuspiciousWebhooks { get; set; }

        public LongHistogram ResponseTimes { get; } = NewHistogram();

        public LongHistogram QueryTimes { get; } = NewHistogram();

        public LongHistogram PageLoads { get; } = NewHistogram();

        public void Add(MinuteBucket other)
        {
            Requests += other.Requests;
            ServerErrors += other.ServerErrors;
            Unavailable += other.Unavailable;
            Blocked += other.Blocked;
            CacheHits += other.CacheHits;
            CacheMisses += other.CacheMisses;
            RateLimitRejections += other.RateLimitRejections;
            FailedSignIns += other.FailedSignIns;
            SuspiciousWebhooks += other.SuspiciousWebhooks;
            ResponseTimes.Add(other.ResponseTimes);
            QueryTimes.Add(other.QueryTimes);
            PageLoads.Add(other.PageLoads);
        }

        public StatsSnapshot ToSnapshot(DateTimeOffset at) =>
            new(
                at,
                Requests,
                ServerErrors,
                Unavailable,
                Blocked,
                CacheHits,
                CacheMisses,
                RateLimitRejections,
                FailedSignIns,
                SuspiciousWebhooks,
                Percentiles.Of(ResponseTimes),
                Percentiles.Of(QueryTimes),
                Percentiles.Of(PageLoads));

        private static LongHistogram NewHistogram() => new(1, HighestTrackableMilliseconds, 2);
    }
}

public sealed record Percentiles(long Count, double P50, double P95, double P99)
{
    public static Percentiles Of(HistogramBase histogram) =>
        histogram.TotalCount == 0
            ? new Percentiles(0, 0, 0, 0)
            : new Percentiles(
                histogram.TotalCount,
                histogram.GetValueAtPercentile(50),
                histogram.GetValueAtPercentile(95),
                histogram.GetValueAtPercentile(99));
}

public sealed record StatsSnapshot(
    DateTimeOffset At,
    long Requests,
    long ServerErrors,
    long Unavailable,
    long Blocked,
    long CacheHits,
    long CacheMisses,
    long RateLimitRejections,
    long FailedSignIns,
    long SuspiciousWebhooks,
    Percentiles ResponseTimeMs,
    Percentiles QueryTimeMs,
    Percentiles PageLoadMs)
{
    public double ErrorRate => Requests == 0 ? 0 : (double)ServerErrors / Requests;

    /// <summary>Share of calls not refused as unavailable: the part of uptime one instance can observe.</summary>
    public double Availability => Requests == 0 ? 1 : 1 - ((double)Unavailable / Requests);

    public double CacheHitRate => CacheHits + CacheMisses == 0 ? 0 : (double)CacheHits / (CacheHits + CacheMisses);
}
