using System.Diagnostics.Metrics;

namespace Destino.Application.Common.Telemetry;

/// <summary>
/// The instruments Destino records, all on one meter so a single exporter subscription sees them.
/// </summary>
public sealed class DestinoMetrics
{
    public const string MeterName = "Destino";

    private readonly OperationalStats stats;
    private readonly Histogram<double> handlerDuration;
    private readonly Histogram<double> requestDuration;
    private readonly Histogram<double> pageLoadDuration;
    private readonly Histogram<double> queryDuration;
    private readonly Counter<long> cacheLookups;
    private readonly Counter<long> failedSignIns;
    private readonly Counter<long> rateLimitRejections;
    private readonly Counter<long> suspiciousWebhooks;

    public DestinoMetrics(IMeterFactory meterFactory, OperationalStats stats)
    {
        this.stats = stats;
        var meter = meterFactory.Create(MeterName);

        handlerDuration = meter.CreateHistogram<double>(
            "destino.handler.duration", "ms", "Time spent in a mediator request, pipeline included.");
        requestDuration = meter.CreateHistogram<double>(
            "destino.http.request.duration", "ms", "Time to answer one API call, by route and status.");
        pageLoadDuration = meter.CreateHistogram<double>(
            "destino.storefront.page_load.duration", "ms", "Page load times reported by the storefront.");
        queryDuration = meter.CreateHistogram<double>(
            "destino.db.query.duration", "ms", "Time spent executing one database command.");
        cacheLookups = meter.CreateCounter<long>(
            "destino.cache.lookups", "{lookup}", "Cached query reads, tagged hit or miss.");
        failedSignIns = meter.CreateCounter<long>(
            "destino.security.failed_sign_ins", "{attempt}", "Refused sign-ins, tagged with the reason.");
        rateLimitRejections = meter.CreateCounter<long>(
            "destino.security.rate_limit_rejections", "{request}", "Requests refused by a rate limit policy.");
        suspiciousWebhooks = meter.CreateCounter<long>(
            "destino.security.suspicious_webhooks",
            "{delivery}",
            "Webhook deliveries refused, tagged with the reason.");
    }

    public void RecordHandlerDuration(string requestName, bool succeeded, TimeSpan elapsed) =>
        handlerDuration.Record(
            elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("request", requestName),
            new KeyValuePair<string, object?>("outcome", succeeded ? "success" : "failure"));

    public void RecordQueryDuration(string commandKind, TimeSpan elapsed)
    {
        queryDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("command", commandKind));
        stats.RecordQuery(elapsed);
    }

    public void RecordRequest(string route, int statusCode, TimeSpan elapsed)
    {
        requestDuration.Record(
            elapsed.TotalMilliseconds,
            new KeyValuePair<string, object?>("route", route),
            new KeyValuePair<string, object?>("status", statusCode));
        stats.RequestFinished(statusCode, elapsed);
    }

    public void RecordPageLoad(string page, int milliseconds)
    {
        pageLoadDuration.Record(milliseconds, new KeyValuePair<string, object?>("page", page));
        stats.RecordPageLoad(milliseconds);
    }

    public void RecordCacheLookup(string queryName, bool hit)
    {
        cacheLookups.Add(
            1,
            new KeyValuePair<string, object?>("query", queryName),
            new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
        stats.RecordCacheLookup(hit);
    }

    public void RecordFailedSignIn(string reason)
    {
        failedSignIns.Add(1, new KeyValuePair<string, object?>("reason", reason));
        stats.RecordFailedSignIn();
    }

    public void RecordRateLimitRejection(string policy)
    {
        rateLimitRejections.Add(1, new KeyValuePair<string, object?>("policy", policy));
        stats.RecordRateLimitRejection();
    }

    public void RecordSuspiciousWebhook(string reason)
    {
        suspiciousWebhooks.Add(1, new KeyValuePair<string, object?>("reason", reason));
        stats.RecordSuspiciousWebhook();
    }
}
