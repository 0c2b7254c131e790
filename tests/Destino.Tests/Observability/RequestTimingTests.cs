using Destino.Api.Observability;
using Destino.Application.Common.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Destino.Tests.Observability;

internal sealed class RequestTimingTests
{
    [TestCase(1500, true)]
    [TestCase(999, false)]
    public async Task A_call_slower_than_the_threshold_is_a_warning_and_a_breadcrumb(int milliseconds, bool slow)
    {
        var clock = new FakeTimeProvider();
        using var services = new ServiceCollection().AddMetrics().AddSingleton<TimeProvider>(clock)
            .AddSingleton<OperationalStats>().AddSingleton<DestinoMetrics>().BuildServiceProvider();
        var errors = new Mock<IErrorReporter>();
        var logger = new FakeLogger<RequestTimingMiddleware>();
        var middleware = new RequestTimingMiddleware(
            _ =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(milliseconds));
                return Task.CompletedTask;
            },
            clock,
            services.GetRequiredService<DestinoMetrics>(),
            services.GetRequiredService<OperationalStats>(),
            errors.Object,
            Options.Create(new RequestTimingOptions { SlowRequestThresholdMilliseconds = 1000 }),
            logger);

        await middleware.InvokeAsync(new DefaultHttpContext());

        var stats = services.GetRequiredService<OperationalStats>().Snapshot(clock.GetUtcNow().AddMinutes(-5));
        Assert.That(stats.Requests, Is.EqualTo(1));
        Assert.That(
            stats.ResponseTimeMs.P50,
            Is.EqualTo(milliseconds).Within(1).Percent,
            "HdrHistogram keeps two significant digits");
        Assert.That(logger.Collector.Count, Is.EqualTo(slow ? 1 : 0));
        Assert.That(logger.Collector.GetSnapshot().All(record => record.Level == LogLevel.Warning), Is.True);
        errors.Verify(
            e => e.AddBreadcrumb("http.slow_request", It.IsAny<string>()), slow ? Times.Once() : Times.Never());
    }

    [Test]
    public void Percentiles_come_from_the_histogram_and_old_minutes_fall_out_of_the_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var stats = new OperationalStats(clock);
        for (var i = 1; i <= 100; i++)
        {
            stats.RequestFinished(i == 100 ? 500 : 200, TimeSpan.FromMilliseconds(i * 10));
        }

        clock.Advance(TimeSpan.FromMinutes(30));
        stats.RequestFinished(200, TimeSpan.FromMilliseconds(5));

        var lastHour = stats.Snapshot(clock.GetUtcNow().AddHours(-1));
        var lastTenMinutes = stats.Snapshot(clock.GetUtcNow().AddMinutes(-10));
        Assert.That(lastHour.Requests, Is.EqualTo(101));
        Assert.That(lastHour.ResponseTimeMs.P95, Is.EqualTo(950).Within(10));
        Assert.That(lastHour.ErrorRate, Is.EqualTo(1.0 / 101).Within(0.0001));
        Assert.That(lastTenMinutes.Requests, Is.EqualTo(1));
        Assert.That(stats.Series(clock.GetUtcNow().AddHours(-1)), Has.Count.EqualTo(2));
    }
}
