using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Mediator;

namespace Destino.Application.Catalog.Queries.ListProducts;

/// <summary>One page of visible products, optionally within one category, in menu order.</summary>
public sealed record ListProductsQuery(string? CategorySlug, int Page, int PageSize)
    : IQuery<ProductPage>, ICachedQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public string CacheKey => $"catalog:listing:{CategorySlug ?? "*"}:{Page}:{PageSize}";

    public IReadOnlyCollection<string> CacheTags =>
        CategorySlug is null ? [CatalogCache.AllProductsListingTag] : [CatalogCache.CategoryListingTag(CategorySlug)];

    public TimeSpan CacheDuration => CatalogCache.Duration;
}
