using Destino.Application.Common.Caching;
using Mediator;
using Microsoft.Extensions.Caching.Hybrid;

namespace Destino.Application.Common.Behaviors;

/// <summary>
/// Invalidates the tags a command handler declared, once the handler has succeeded. Invalidation goes by tag, never
/// by a key pattern sweep, so it costs the same however many entries the cache holds.
/// </summary>
public sealed class CacheInvalidationBehavior<TMessage, TResponse>(
    HybridCache cache,
    PendingCacheInvalidations pendingInvalidations)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        TResponse response;

        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            pendingInvalidations.Drain();
            throw;
        }

        var staleTags = pendingInvalidations.Drain();
        if (staleTags.Count > 0)
        {
            // The change is committed: a cancelled client must not leave other readers with stale entries.
            await cache.RemoveByTagAsync(staleTags, CancellationToken.None);
        }

        return response;
    }
}
