namespace Destino.Application.Catalog;

/// <summary>
/// Cache keys and tags of the catalog. A product's detail entries carry its id or slug tag; listings carry the tag of
/// the listing they belong to, so a change evicts the entries that show it and nothing else.
/// </summary>
public static class CatalogCache
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    public const string CategoriesTag = "catalog:categories";

    public const string AllProductsListingTag = "catalog:listing:all";

    public static string CategoryListingTag(string categorySlug) => $"catalog:listing:{categorySlug}";

    public static string ProductTag(Guid productId) => $"catalog:product:{productId:N}";

    public static string ProductSlugTag(string productSlug) => $"catalog:product-slug:{productSlug}";
}
