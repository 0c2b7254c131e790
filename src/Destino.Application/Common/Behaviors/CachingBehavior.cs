using Destino.Application.Common.Caching;
using Destino.Application.Common.Telemetry;
using Mediator;
using Microsoft.Extensions.Caching.Hybrid;

namespace Destino.Application.Common.Behaviors;

/// <summary>
/// Serves queries that opt in through <see cref="ICachedQuery"/> from the hybrid cache, counting hits and misses.
/// </summary>
public sealed class CachingBehavior<TMessage, TResponse>(HybridCache cache, DestinoMetrics metrics)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, ICachedQuery
{
    private static readonly string QueryName = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var lookup = new Lookup(message, next);
        var entryOptions = new HybridCacheEntryOptions
        {
            Expiration = message.CacheDuration,
            LocalCacheExpiration = message.CacheDuration,
        };

        var response = await cache.GetOrCreateAsync(
            message.CacheKey,
            lookup,
            static (state, token) => state.LoadFromHandler(token),
            entryOptions,
            message.CacheTags,
            cancellationToken);

        metrics.RecordCacheLookup(QueryName, hit: !lookup.WentToHandler);

        return response;
    }

    private sealed class Lookup(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next)
    {
        public bool WentToHandler { get; private set; }

        public ValueTask<TResponse> LoadFromHandler(CancellationToken cancellationToken)
        {
            WentToHandler = true;

            return next(message, cancellationToken);
        }
    }
}
