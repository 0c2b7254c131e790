using System.Diagnostics;
using Destino.Api.Endpoints;
using Destino.Api.ErrorHandling;
using Destino.Api.RateLimiting;
using Destino.Api.Security;
using Destino.Application;
using Destino.Api.Observability;
using Destino.Application.Common.Behaviors;
using Destino.Application.Common.Telemetry;
using Destino.Application.Monitoring;
using Destino.Infrastructure.Observability;
using Destino.Infrastructure;
using Destino.Infrastructure.Identity;
using Destino.Infrastructure.Payments;
using Destino.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Destino.Api.Hosting;

internal static class ApiSetup
{
    public static WebApplicationBuilder AddDestinoApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize =
                configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>()?.MaxRequestBodyBytes
                ?? new ApiOptions().MaxRequestBodyBytes;
        });

        services.AddOptions<ApiOptions>()
            .Bind(configuration.GetSection(ApiOptions.SectionName))
            .Validate(options => options.MaxRequestBodyBytes > 0, "Api:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ProcessUptime>();
        builder.AddDestinoObservability();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<SecurityHeadersState>();
        services.AddScoped<ILaunchReadiness, LaunchReadiness>();
        services.AddOptions<RequestTimingOptions>()
            .Bind(configuration.GetSection(RequestTimingOptions.SectionName))
            .Validate(
                options => options.SlowRequestThresholdMilliseconds > 0,
                "Performance:SlowRequestThresholdMilliseconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<MetricsAccessOptions>().Bind(configuration.GetSection(MetricsAccessOptions.SectionName));

        services.AddDestinoApplication(configuration);
        services.AddDestinoInfrastructure(configuration, builder.Environment);

        // Outermost first: timing sees the whole pipeline, validation runs before any cache or handler work.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Destino.Application.DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(TimingBehavior<,>),
                typeof(ErrorReportingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(CacheInvalidationBehavior<,>),
                typeof(CachingBehavior<,>),
            ];
        });

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] =
                Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
        {
            // A missing or null required field is a 400 at the door, never a NullReferenceException inside.
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.AddSingleton<ProductionSettingsValidation>();
        services.AddSingleton<IValidateOptions<DatabaseOptions>>(
            p => p.GetRequiredService<ProductionSettingsValidation>());
        services.AddSingleton<IValidateOptions<JwtOptions>>(p => p.GetRequiredService<ProductionSettingsValidation>());
        services.AddSingleton<IValidateOptions<SquareOptions>>(
            p => p.GetRequiredService<ProductionSettingsValidation>());
        services.AddSingleton<IValidateOptions<PaymentsOptions>>(
            p => p.GetRequiredService<ProductionSettingsValidation>());
        services.AddOptions<SquareOptions>().ValidateOnStart();

        services.AddDestinoAuthorization();
        services.AddDestinoRateLimiting(configuration);
        services.AddDestinoCors(
            configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>() ?? new CorsSettings());
        services.AddDestinoForwardedHeaders(
            configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings());

        services.AddOpenApi();

        return builder;
    }

    public static WebApplication UseDestinoApi(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<RequestTimingMiddleware>();
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseStaticFiles();

        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }

        app.MapHealthEndpoints();
        app.MapCatalogEndpoints();
        app.MapAuthEndpoints();
        app.MapAdminCatalogEndpoints();
        app.MapCartEndpoints();
        app.MapOrderEndpoints();
        app.MapSquareWebhookEndpoints();
        app.MapMonitoringEndpoints();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(AuthorizationPolicies.MetricsScraper);

        return app;
    }

    private static void AddDestinoCors(this IServiceCollection services, CorsSettings settings)
    {
        var origins = settings.AllowedOrigins;

        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                policy.WithOrigins(origins).WithMethods("GET", "POST", "PUT", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "Idempotency-Key");
            }
        }));
    }

    private static void AddDestinoForwardedHeaders(this IServiceCollection services, ForwardedHeadersSettings settings)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }
}
