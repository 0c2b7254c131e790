using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Mediator;

namespace Destino.Application.Catalog.Queries.GetProduct;

/// <summary>A visible product by its id or its slug; a value that parses as a Guid is taken as the id.</summary>
public sealed record GetProductQuery(string IdOrSlug) : IQuery<ProductModel>, ICachedQuery
{
    public Guid? ProductId => Guid.TryParse(IdOrSlug, out var id) ? id : null;

    public string CacheKey => ProductId is { } id ? $"catalog:product:{id:N}" : $"catalog:product-slug:{IdOrSlug}";

    public IReadOnlyCollection<string> CacheTags =>
        ProductId is { } id ? [CatalogCache.ProductTag(id)] : [CatalogCache.ProductSlugTag(IdOrSlug)];

    public TimeSpan CacheDuration => CatalogCache.Duration;
}
