using Destino.Domain.Catalog;

namespace Destino.Application.Catalog.Models;

internal static class CatalogMappings
{
    public static CategoryModel ToModel(this Category category) =>
        new(category.Id, category.Name, category.Slug, category.Description, category.SortOrder);

    public static ProductModel ToModel(this Product product) =>
        new(
            product.Id,
            product.CategoryId,
            product.Name,
            product.Slug,
            product.Description,
            new MoneyModel(product.Price.Amount, product.Price.Currency),
            product.ImageUrl,
            product.IsAvailable,
            product.DailyStock,
            product.SortOrder);
}
