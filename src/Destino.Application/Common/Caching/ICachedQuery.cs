namespace Destino.Application.Common.Caching;

/// <summary>
/// A query whose answer may be served from the cache. The key must capture every input that changes the answer;
/// the tags name what a command can invalidate.
/// </summary>
public interface ICachedQuery
{
    string CacheKey { get; }

    IReadOnlyCollection<string> CacheTags { get; }

    TimeSpan CacheDuration { get; }
}
