using System.Globalization;
using System.Threading.RateLimiting;
using Destino.Application.Common.Telemetry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Destino.Api.RateLimiting;

internal static class RateLimitingSetup
{
    public const string AuthPolicy = "auth";
    public const string CheckoutPolicy = "checkout";
    public const string TelemetryPolicy = "telemetry";
    public const string AuthAccountPolicy = "auth-account";
    public const string GlobalPolicy = "global";

    public static IServiceCollection AddDestinoRateLimiting(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.SectionName))
            .Validate(
                options => options.Global.IsValid && options.Auth.IsValid
                    && options.AuthAccount.IsValid && options.Checkout.IsValid && options.Telemetry.IsValid,
                "Every RateLimiting policy needs a positive PermitLimit and WindowSeconds.")
            .ValidateOnStart();
        services.AddSingleton<ClientRateLimits>();
        services.AddSingleton<AccountSignInLimiter>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.GetEndpoint()?.Metadata.GetMetadata<ExemptFromClientRateLimitsAttribute>() is not null)
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                return Limits(context).Partition(
                    GlobalPolicy, ClientRateLimits.ClientKey(context), Options(context).For(GlobalPolicy));
            });
            AddClientPolicy(limiter, AuthPolicy, ClientRateLimits.ClientAddress);
            AddClientPolicy(limiter, CheckoutPolicy, ClientRateLimits.ClientKey);
            AddClientPolicy(limiter, TelemetryPolicy, ClientRateLimits.ClientAddress);
            limiter.OnRejected = (rejection, cancellationToken) =>
                WriteRejectionAsync(rejection.HttpContext, rejection.Lease, cancellationToken);
        });

        return services;
    }

    /// <summary>A 429 problem with Retry-After, counted for the security metrics.</summary>
    public static async ValueTask WriteRejectionAsync(
        HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName
            ?? GlobalPolicy;
        context.RequestServices.GetRequiredService<DestinoMetrics>().RecordRateLimitRejection(policy);

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : Options(context).For(policy).WindowSeconds;

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Try again in {retryAfter} second(s).",
            },
        });
    }

    private static void AddClientPolicy(
        RateLimiterOptions limiter, string policy, Func<HttpContext, string> clientKey) =>
        limiter.AddPolicy(policy, context =>
            Limits(context).Partition(policy, clientKey(context), Options(context).For(policy)));

    private static ClientRateLimits Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<ClientRateLimits>();

    private static RateLimitingOptions Options(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
}

/// <summary>
/// Marks an endpoint that the per-client limits must not throttle, such as Square's webhook deliveries, which all
/// come from Square's addresses. The body size limit still applies.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class ExemptFromClientRateLimitsAttribute : Attribute;
