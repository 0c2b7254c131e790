namespace Destino.Application.Common.Caching;

/// <summary>
/// One per request scope: collects the tags a handler declared until the invalidation behavior drains them.
/// </summary>
public sealed class PendingCacheInvalidations : IPendingCacheInvalidations
{
    private readonly HashSet<string> tags = new(StringComparer.Ordinal);

    public void Add(params IEnumerable<string> tags) => this.tags.UnionWith(tags);

    public IReadOnlyCollection<string> Drain()
    {
        var drained = tags.ToArray();

        tags.Clear();

        return drained;
    }
}
