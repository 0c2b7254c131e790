using System.Diagnostics;
using Destino.Api.Endpoints;
using Destino.Api.ErrorHandling;
using Destino.Application;
using Destino.Application.Common.Behaviors;
using Destino.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
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
        services.Configure<JsonOptions>(options => options.SerializerOptions.AllowTrailingCommas = false);

        services.AddOpenApi();

        return builder;
    }

    public static WebApplication UseDestinoApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();

        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }

        app.MapHealthEndpoints();
        app.MapCatalogEndpoints();

        return app;
    }
}
