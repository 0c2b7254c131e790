using Destino.Application.Common.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Destino.Infrastructure.Observability;

public static class ObservabilityRegistration
{
    /// <summary>
    /// Sentry (off without a DSN, and always off in Development), OpenTelemetry metrics for Prometheus, and JSON logs
    /// carrying the trace id in Production.
    /// </summary>
    public static WebApplicationBuilder AddDestinoObservability(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        var sentry = builder.Configuration.GetSection(SentrySettings.SectionName).Get<SentrySettings>() ?? new();
        var sentryActive = !environment.IsDevelopment() && !string.IsNullOrWhiteSpace(sentry.Dsn);

        builder.UseSentry((Sentry.AspNetCore.SentryAspNetCoreOptions options) =>
        {
            options.Dsn = sentryActive ? sentry.Dsn : string.Empty;
            options.Environment = environment.EnvironmentName;
            options.Release = sentry.Release
                ?? typeof(ObservabilityRegistration).Assembly.GetName().Version?.ToString();
            options.TracesSampleRate = sentry.TracesSampleRate ?? (environment.IsProduction() ? 0.1 : 1.0);
            options.SendDefaultPii = false;
            options.MaxRequestBodySize = Sentry.Extensibility.RequestSize.None;
            options.SetBeforeSend((sentryEvent, _) => SentryScrubber.Scrub(sentryEvent));
            options.SetBeforeSendTransaction((transaction, _) => SentryScrubber.Scrub(transaction));
            options.SetBeforeBreadcrumb((breadcrumb, _) => SentryScrubber.Scrub(breadcrumb));
        });
        builder.Services.AddSingleton(new ErrorMonitoringStatus(sentryActive));
        builder.Services.AddSingleton<IErrorReporter, SentryErrorReporter>();

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(DestinoMetrics.MeterName)
            .AddPrometheusExporter());

        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        if (environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }

        return builder;
    }
}

public sealed record ErrorMonitoringStatus(bool Active);
