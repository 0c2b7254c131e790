using Destino.Application.Catalog.Commands.CreateCategory;
using Destino.Application.Catalog.Commands.CreateProduct;
using Destino.Application.Catalog.Models;

namespace Destino.Tests.Support;

/// <summary>
/// Creates catalog rows through the real commands, so tests start from states the API itself can reach.
/// </summary>
internal static class CatalogBuilder
{
    public static Task<CategoryModel> CreateCategoryAsync(
        this DestinoApiFactory api, string slug, int sortOrder = 1) =>
        api.SendAsync(new CreateCategoryCommand(slug.Replace('-', ' '), slug, null, sortOrder));

    public static Task<ProductModel> CreateProductAsync(
        this DestinoApiFactory api, CategoryModel category, string slug, long priceInCents = 550, int sortOrder = 1) =>
        api.SendAsync(NewProduct(category.Id, slug, priceInCents, sortOrder));

    public static CreateProductCommand NewProduct(
        Guid categoryId, string slug, long priceInCents = 550, int sortOrder = 1) =>
        new(
            categoryId,
            Name: slug.Replace('-', ' '),
            Slug: slug,
            Description: "Baked this morning.",
            Price: new MoneyModel(priceInCents, "USD"),
            ImageUrl: null,
            IsAvailable: true,
            DailyStock: 24,
            SortOrder: sortOrder);
}

internal static class ProductCommands
{
    public static Destino.Application.Catalog.Commands.UpdateProduct.UpdateProductCommand WithPrice(
        this ProductModel product, long priceInCents, Guid? categoryId = null) =>
        new(
            product.Id,
            categoryId ?? product.CategoryId,
            product.Name,
            product.Slug,
            product.Description,
            product.Price with { Amount = priceInCents },
            product.ImageUrl,
            product.IsAvailable,
            product.DailyStock,
            product.SortOrder);
}
