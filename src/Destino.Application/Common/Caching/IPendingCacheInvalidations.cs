namespace Destino.Application.Common.Caching;

/// <summary>
/// Where a command handler declares the cache tags its change makes stale. They are invalidated only after the
/// whole request succeeds, so a failed command never evicts anything and a successful one never leaves stale reads.
/// </summary>
public interface IPendingCacheInvalidations
{
    void Add(params IEnumerable<string> tags);
}
