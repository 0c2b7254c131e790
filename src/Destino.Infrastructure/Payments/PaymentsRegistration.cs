using System.Net;
using System.Net.Http.Headers;
using Destino.Application.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Destino.Infrastructure.Payments;

internal static class PaymentsRegistration
{
    public static IServiceCollection AddDestinoPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SquareOptions>().Bind(configuration.GetSection(SquareOptions.SectionName));
        services.AddOptions<PaymentsOptions>()
            .Bind(configuration.GetSection(PaymentsOptions.SectionName))
            .Validate(
                options => options.MaxRetryAttempts >= 0 && options.RetryBaseDelayMilliseconds > 0
                    && options.AttemptTimeoutSeconds > 0 && options.TotalTimeoutSeconds >= options.AttemptTimeoutSeconds
                    && options.CircuitBreakDurationSeconds > 0,
                "Payments retry, timeout and circuit-breaker settings must be positive, "
                    + "total timeout >= attempt timeout.")
            .ValidateOnStart();

        var payments = configuration.GetSection(PaymentsOptions.SectionName).Get<PaymentsOptions>() ?? new();
        if (payments.Gateway == PaymentGatewayKind.Sandbox)
        {
            services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
            return services;
        }

        services.AddHttpClient<IPaymentGateway, SquarePaymentGateway>((provider, http) =>
            {
                var square = provider.GetRequiredService<IOptions<SquareOptions>>().Value;
                http.BaseAddress = square.BaseUrl;
                http.DefaultRequestHeaders.Add("Square-Version", square.ApiVersion);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", square.AccessToken);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("square", pipeline => AddSquareResilience(pipeline, payments));

        return services;
    }

    /// <summary>
    /// Outermost first: a total timeout, retries with jittered exponential backoff (honouring Retry-After) on
    /// timeouts, 429 and 5xx, a circuit breaker, and a timeout per attempt. POSTs are retried on purpose: every
    /// request carries Square's idempotency key, so a repeated charge is answered with the first one.
    /// </summary>
    private static void AddSquareResilience(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, PaymentsOptions payments)
    {
        pipeline.AddTimeout(TimeSpan.FromSeconds(payments.TotalTimeoutSeconds));

        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = payments.MaxRetryAttempts,
            Delay = TimeSpan.FromMilliseconds(payments.RetryBaseDelayMilliseconds),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
        });

        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(payments.CircuitBreakDurationSeconds),
        });

        pipeline.AddTimeout(TimeSpan.FromSeconds(payments.AttemptTimeoutSeconds));
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (int?)outcome.Result?.StatusCode >= 500;
}
