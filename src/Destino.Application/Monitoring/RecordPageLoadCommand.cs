using Destino.Application.Common.Telemetry;
using FluentValidation;
using Mediator;

namespace Destino.Application.Monitoring;

/// <summary>An anonymous page-load beacon from the storefront: which page, and how long it took.</summary>
public sealed record RecordPageLoadCommand(string Page, int Milliseconds) : ICommand;

public sealed class RecordPageLoadValidator : AbstractValidator<RecordPageLoadCommand>
{
    public RecordPageLoadValidator()
    {
        RuleFor(command => command.Page)
            .NotEmpty()
            .MaximumLength(100)
            .Matches("^/[A-Za-z0-9/_-]*$")
            .WithMessage("'{PropertyName}' must be a site path such as /menu/empanadas, without a query string.");
        RuleFor(command => command.Milliseconds).InclusiveBetween(1, 120_000);
    }
}

public sealed class RecordPageLoadHandler(DestinoMetrics metrics) : ICommandHandler<RecordPageLoadCommand>
{
    public ValueTask<Unit> Handle(RecordPageLoadCommand command, CancellationToken cancellationToken)
    {
        metrics.RecordPageLoad(command.Page, command.Milliseconds);
        return ValueTask.FromResult(Unit.Value);
    }
}
