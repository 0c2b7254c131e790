using Destino.Application.Common.Behaviors;
using Destino.Application.Common.Caching;
using Destino.Application.Common.Telemetry;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Destino.Tests.Application;

internal sealed class PipelineBehaviorTests
{
    private ServiceProvider services = null!;

    [SetUp]
    public void BuildServices() =>
        services = new ServiceCollection().AddMetrics().AddSingleton(TimeProvider.System)
            .AddSingleton<OperationalStats>().AddSingleton<DestinoMetrics>().BuildServiceProvider();

    [TearDown]
    public void DisposeServices() => services.Dispose();

    [Test]
    public void Validation_failures_of_every_field_stop_the_request_before_the_handler()
    {
        var behavior = new ValidationBehavior<Order, string>([new OrderValidator()]);
        var handlerCalls = 0;

        var failure = Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(
                new Order(Quantity: 0, Note: new string('x', 300)), Next(() => handlerCalls++), default));

        Assert.That(failure!.Errors.Select(error => error.PropertyName), Is.EquivalentTo(new[] { "Quantity", "Note" }));
        Assert.That(handlerCalls, Is.Zero);
    }

    [Test]
    public async Task A_valid_request_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<Order, string>([new OrderValidator()]);

        var response = await behavior.Handle(new Order(2, null), Next(() => { }), default);

        Assert.That(response, Is.EqualTo("handled"));
    }

    [Test]
    public async Task A_request_slower_than_the_threshold_is_logged_as_a_warning_naming_it()
    {
        var clock = new FakeTimeProvider();
        var logger = new FakeLogger<TimingBehavior<Order, string>>();
        var behavior = new TimingBehavior<Order, string>(
            clock, services.GetRequiredService<DestinoMetrics>(), Threshold(1000), logger);
        using var durations = new MetricCollector<double>(
            services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            DestinoMetrics.MeterName,
            "destino.handler.duration");

        await behavior.Handle(new Order(1, null), Next(() => clock.Advance(TimeSpan.FromMilliseconds(1500))), default);

        var warning = logger.Collector.GetSnapshot().Single();
        Assert.That(warning.Level, Is.EqualTo(LogLevel.Warning));
        Assert.That(warning.Message, Does.Contain(nameof(Order)).And.Contain("1500"));
        Assert.That(durations.GetMeasurementSnapshot().Single().Value, Is.EqualTo(1500));
    }

    [Test]
    public async Task A_request_within_the_threshold_logs_nothing()
    {
        var clock = new FakeTimeProvider();
        var logger = new FakeLogger<TimingBehavior<Order, string>>();
        var behavior = new TimingBehavior<Order, string>(
            clock, services.GetRequiredService<DestinoMetrics>(), Threshold(1000), logger);

        await behavior.Handle(new Order(1, null), Next(() => clock.Advance(TimeSpan.FromMilliseconds(999))), default);

        Assert.That(logger.Collector.Count, Is.Zero);
    }

    [Test]
    public async Task Declared_tags_are_invalidated_after_the_handler_succeeds()
    {
        var cache = new Mock<HybridCache>();
        var pending = new PendingCacheInvalidations();
        var behavior = new CacheInvalidationBehavior<Order, string>(cache.Object, pending);

        await behavior.Handle(new Order(1, null), Next(() => pending.Add("catalog:product:1")), default);

        cache.Verify(
            c => c.RemoveByTagAsync(
                It.Is<IEnumerable<string>>(tags => tags.SequenceEqual(new[] { "catalog:product:1" })),
                It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Test]
    public void Declared_tags_are_dropped_when_the_handler_fails()
    {
        var cache = new Mock<HybridCache>();
        var pending = new PendingCacheInvalidations();
        var behavior = new CacheInvalidationBehavior<Order, string>(cache.Object, pending);

        Assert.ThrowsAsync<InvalidOperationException>(async () => await behavior.Handle(
            new Order(1, null),
            Next(() =>
            {
                pending.Add("catalog:product:1");
                throw new InvalidOperationException("save failed");
            }),
            default));

        cache.Verify(
            c => c.RemoveByTagAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.That(pending.Drain(), Is.Empty);
    }

    private static IOptions<HandlerTimingOptions> Threshold(int milliseconds) =>
        Options.Create(new HandlerTimingOptions { SlowHandlerThresholdMilliseconds = milliseconds });

    private static MessageHandlerDelegate<Order, string> Next(Action handler) =>
        (_, _) =>
        {
            handler();
            return ValueTask.FromResult("handled");
        };

    internal sealed record Order(int Quantity, string? Note) : ICommand<string>;

    private sealed class OrderValidator : AbstractValidator<Order>
    {
        public OrderValidator()
        {
            RuleFor(order => order.Quantity).GreaterThan(0);
            RuleFor(order => order.Note).MaximumLength(200);
        }
    }
}
