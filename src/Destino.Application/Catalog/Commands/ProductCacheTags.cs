using Destino.Domain.Catalog;

namespace Destino.Application.Catalog.Commands;

internal static class ProductCacheTags
{
    /// <summary>Every cached read that shows this product as it is in the given category.</summary>
    public static IEnumerable<string> ReadsShowing(Product product, Category category) =>
    [
        CatalogCache.ProductTag(product.Id),
        CatalogCache.ProductSlugTag(product.Slug),
        CatalogCache.AllProductsListingTag,
        CatalogCache.CategoryListingTag(category.Slug),
    ];
}
