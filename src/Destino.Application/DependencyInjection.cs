using Destino.Application.Common.Behaviors;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Telemetry;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Destino.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddDestinoApplication(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton);

        services.AddOptions<HandlerTimingOptions>()
            .Bind(configuration.GetSection(HandlerTimingOptions.SectionName))
            .Validate(
                options => options.SlowHandlerThresholdMilliseconds > 0,
                "Performance:SlowHandlerThresholdMilliseconds must be positive.")
            .ValidateOnStart();

        services.AddSingleton<OperationalStats>();
        services.AddOptions<Monitoring.MonitoringOptions>()
            .Bind(configuration.GetSection(Monitoring.MonitoringOptions.SectionName))
            .Validate(
                options => options.CartAbandonedAfterMinutes > 0,
                "Monitoring:CartAbandonedAfterMinutes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<DestinoMetrics>();
        services.AddScoped<Ordering.Checkout.PaymentSettlement>();
        services.AddScoped<Webhooks.ISquareEventApplier, Webhooks.SquareEventApplier>();
        services.AddOptions<Webhooks.WebhookAgeOptions>()
            .Bind(configuration.GetSection(Webhooks.WebhookAgeOptions.SectionName))
            .Validate(
                options => options.MaxEventAgeHours > 0 && options.AllowedClockSkewMinutes >= 0
                    && options.MaxBodyBytes > 0,
                "Square:Webhooks age, skew and body limits must be positive.")
            .ValidateOnStart();
        services.AddScoped<PendingCacheInvalidations>();
        services.AddScoped<IPendingCacheInvalidations>(provider =>
            provider.GetRequiredService<PendingCacheInvalidations>());

        return services;
    }
}
