using Destino.Domain.Webhooks;
using Mediator;
using Microsoft.Extensions.Options;

namespace Destino.Application.Webhooks;

public sealed record ProcessSquareEventCommand(SquareEvent Event) : ICommand<WebhookOutcome>;

public sealed class SquareWebhookProcessor(
    IWebhookInbox inbox,
    IWebhookClaims claims,
    ISquareEventApplier applier,
    IOptions<WebhookAgeOptions> ageOptions,
    TimeProvider clock) : ICommandHandler<ProcessSquareEventCommand, WebhookOutcome>
{
    public async ValueTask<WebhookOutcome> Handle(
        ProcessSquareEventCommand command, CancellationToken cancellationToken)
    {
        var squareEvent = command.Event;
        var now = clock.GetUtcNow();
        RefuseIfOutsideTheRetryWindow(squareEvent, now);

        var claim = await claims.TryClaimAsync(squareEvent.EventId);
        if (claim == ClaimResult.AlreadyProcessed)
        {
            return WebhookOutcome.Duplicate;
        }

        WebhookOutcome outcome;
        try
        {
            // Processing must finish once started: Square's delivery may give up, the change must not.
            outcome = await inbox.ProcessOnceAsync(
                new WebhookInboxEntry(squareEvent.EventId, squareEvent.Type, squareEvent.CreatedAt, now),
                token => applier.ApplyAsync(squareEvent, token),
                CancellationToken.None);
        }
        catch
        {
            if (claim == ClaimResult.Claimed)
            {
                await claims.ReleaseAsync(squareEvent.EventId);
            }

            throw;
        }

        await claims.MarkProcessedAsync(squareEvent.EventId);

        return outcome;
    }

    private void RefuseIfOutsideTheRetryWindow(SquareEvent squareEvent, DateTimeOffset now)
    {
        var settings = ageOptions.Value;

        if (squareEvent.CreatedAt > now.AddMinutes(settings.AllowedClockSkewMinutes))
        {
            throw new StaleWebhookException("created_at is in the future beyond the allowed clock skew.");
        }

        if (squareEvent.CreatedAt < now.AddHours(-settings.MaxEventAgeHours))
        {
            throw new StaleWebhookException("created_at is older than Square's retry window.");
        }
    }
}
