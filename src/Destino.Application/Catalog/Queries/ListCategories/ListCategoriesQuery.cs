using Destino.Application.Catalog.Models;
using Destino.Application.Common.Caching;
using Mediator;

namespace Destino.Application.Catalog.Queries.ListCategories;

public sealed record ListCategoriesQuery : IQuery<IReadOnlyList<CategoryModel>>, ICachedQuery
{
    public string CacheKey => "catalog:categories";

    public IReadOnlyCollection<string> CacheTags => [CatalogCache.CategoriesTag];

    public TimeSpan CacheDuration => CatalogCache.Duration;
}
