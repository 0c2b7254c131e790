using Destino.Application.Common.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Destino.Tests.Support;

/// <summary>Reads the cache hit and miss counter that the caching behavior records, per query type.</summary>
internal sealed class CacheLookups : IDisposable
{
    private readonly MetricCollector<long> collector;

    public CacheLookups(IServiceProvider services)
    {
        var meterFactory = services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        collector = new MetricCollector<long>(meterFactory, DestinoMetrics.MeterName, "destino.cache.lookups");
    }

    public long Hits(string queryName) => Count(queryName, "hit");

    public long Misses(string queryName) => Count(queryName, "miss");

    public void Dispose() => collector.Dispose();

    private long Count(string queryName, string result) =>
        collector.GetMeasurementSnapshot()
            .Where(measurement => Equals(measurement.Tags["query"], queryName)
                && Equals(measurement.Tags["result"], result))
            .Sum(measurement => measurement.Value);
}
