using Destino.Application.Common.Telemetry;
using Microsoft.Extensions.Options;

namespace Destino.Api.Observability;

public sealed class RequestTimingOptions
{
    public const string SectionName = "Performance";

    public int SlowRequestThresholdMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Times every API call by route template and status, and warns (log and error-tracker breadcrumb) about slow ones.
/// </summary>
internal sealed partial class RequestTimingMiddleware(
    RequestDelegate next,
    TimeProvider clock,
    DestinoMetrics metrics,
    OperationalStats stats,
    IErrorReporter errors,
    IOptions<RequestTimingOptions> options,
    ILogger<RequestTimingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var startedAt = clock.GetTimestamp();
        stats.RequestStarted();

        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = clock.GetElapsedTime(startedAt);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RecordRequest(route, context.Response.StatusCode, elapsed);

            var threshold = options.Value.SlowRequestThresholdMilliseconds;
            if (elapsed.TotalMilliseconds > threshold)
            {
                LogSlowRequest(context.Request.Method, route, (long)elapsed.TotalMilliseconds, threshold);
                errors.AddBreadcrumb(
                    "http.slow_request", $"{context.Request.Method} {route} took {elapsed.TotalMilliseconds:0} ms");
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "{Method} {Route} took {ElapsedMilliseconds} ms, over the {ThresholdMilliseconds} ms threshold")]
    private partial void LogSlowRequest(
        string method, string route, long elapsedMilliseconds, int thresholdMilliseconds);
}
