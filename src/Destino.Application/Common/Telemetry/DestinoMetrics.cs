using System.Diagnostics.Metrics;

namespace Destino.Application.Common.Telemetry;

/// <summary>
/// The instruments Destino records, all on one meter so a single exporter subscription sees them.
/// </summary>
public sealed class DestinoMetrics
{
    public const string MeterName = "Destino";

    private readonly Histogram<double> handlerDuration;
    private readonly Histogram<double> queryDuration;
    private readonly Counter<long> cacheLookups;
    private readonly Counter<long> failedSignIns;
    private readonly Counter<long> rateLimitRejections;
    private readonly Counter<long> suspiciousWebhooks;

    public DestinoMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);

        handlerDuration = meter.CreateHistogram<double>(
            "destino.handler.duration", "ms", "Time spent in a mediator request, pipeline included.");
        queryDuration = meter.CreateHistogram<double>(
            "destino.db.query.duration", "ms", "Time spent executing one database command.");
        cacheLookups = meter.CreateCounter<long>(
            "destino.cache.lookups", "{lookup}", "Cached query reads, tagged hit or miss.");
        failedSignIns = meter.CreateCounter<long>(
            "destino.security.failed_sign_ins", "{attempt}", "Refused sign-ins, tagged with the reason.");
        rateLimitRejections = meter.CreateCounter<long>(
            "destino.security.rate_limit_rejections", "{request}", "Requests refused by a rate limit policy.");
        suspiciousWebhooks = meter.CreateCounter<long>(
            "destino.security.suspicious_webhooks", "{delivery}", "Webhook deliveries refused, tagged with the reason.");
    }

    public void RecordHandlerDuration(string requestName, bool succeeded, TimeSpan elapsed) =>
        handlerDuration.Record(
            elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("request", requestName),
            new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    public void RecordQueryDuration(string commandKind, TimeSpan elapsed) =>
        queryDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("command", commandKind));

    public void RecordCacheLookup(string queryName, bool hit) =>
        cacheLookups.Add(
            1,
            new KeyValuePair<string, object?>("query", queryName),
            new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void RecordFailedSignIn(string reason) =>
        failedSignIns.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RecordRateLimitRejection(string policy) =>
        rateLimitRejections.Add(1, new KeyValuePair<string, object?>("policy", policy));

    public void RecordSuspiciousWebhook(string reason) =>
        suspiciousWebhooks.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
