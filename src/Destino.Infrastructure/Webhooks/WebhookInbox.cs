using Destino.Application.Webhooks;
using Destino.Domain.Webhooks;
using Destino.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Webhooks;

internal sealed class WebhookInbox(DestinoDbContext db) : IWebhookInbox
{
    public async Task<WebhookOutcome> ProcessOnceAsync(
        WebhookInboxEntry entry,
        Func<CancellationToken, Task<string>> applyChange,
        CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();

        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // The row goes in first: a concurrent delivery of the same event waits on it, then finds it.
            db.WebhookInbox.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
            {
                db.ChangeTracker.Clear();
                return WebhookOutcome.Duplicate;
            }

            entry.RecordOutcome(await applyChange(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            return WebhookOutcome.Processed;
        });
    }
}
