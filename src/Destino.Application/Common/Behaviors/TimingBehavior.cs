using Destino.Application.Common.Telemetry;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Destino.Application.Common.Behaviors;

/// <summary>
/// Measures each request through the rest of the pipeline, records the duration histogram and warns about slow ones.
/// </summary>
public sealed partial class TimingBehavior<TMessage, TResponse>(
    TimeProvider timeProvider,
    DestinoMetrics metrics,
    IOptions<HandlerTimingOptions> options,
    ILogger<TimingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetTimestamp();
        var succeeded = false;

        try
        {
            var response = await next(message, cancellationToken);
            succeeded = true;
            return response;
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(startedAt);
            metrics.RecordHandlerDuration(RequestName, succeeded, elapsed);

            var threshold = options.Value.SlowHandlerThresholdMilliseconds;
            if (elapsed.TotalMilliseconds > threshold)
            {
                LogSlowRequest(RequestName, (long)elapsed.TotalMilliseconds, threshold);
            }
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Request {RequestName} took {ElapsedMilliseconds} ms, over the {ThresholdMilliseconds} ms threshold")]
    private partial void LogSlowRequest(string requestName, long elapsedMilliseconds, int thresholdMilliseconds);
}
