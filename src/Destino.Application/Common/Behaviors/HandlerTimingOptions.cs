namespace Destino.Application.Common.Behaviors;

public sealed class HandlerTimingOptions
{
    public const string SectionName = "Performance";

    /// <summary>A request slower than this is logged as a warning. The launch plan's budget is one second.</summary>
    public int SlowHandlerThresholdMilliseconds { get; set; } = 1000;
}
