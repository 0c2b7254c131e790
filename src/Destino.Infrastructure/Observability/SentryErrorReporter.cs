using Destino.Application.Common.Telemetry;
using Sentry;

namespace Destino.Infrastructure.Observability;

/// <summary>
/// Reports through the Sentry hub in DI; with no DSN the hub is disabled and nothing leaves the process.
/// </summary>
internal sealed class SentryErrorReporter(IHub hub) : IErrorReporter
{
    public void Report(Exception exception, string component, string requestName, Guid? userId)
    {
        hub.CaptureException(exception, scope =>
        {
            scope.SetTag("component", component);
            scope.SetTag("request", requestName);
            scope.User = userId is { } id ? new SentryUser { Id = id.ToString() } : new SentryUser();
        });

        exception.MarkReported();
    }

    public void AddBreadcrumb(string category, string message) => hub.AddBreadcrumb(message, category);
}
