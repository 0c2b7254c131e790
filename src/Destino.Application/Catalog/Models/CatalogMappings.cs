using System.Linq.Expressions;
using Destino.Domain.Catalog;

namespace Destino.Application.Catalog.Models;

public static class CatalogMappings
{
    /// <summary>One projection of a product, translated to SQL by readers and compiled for loaded entities.</summary>
    public static readonly Expression<Func<Product, ProductModel>> ProductProjection =
        product => new ProductModel(
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

    private static readonly Func<Product, ProductModel> CompiledProductProjection = ProductProjection.Compile();

    public static CategoryModel ToModel(this Category category) =>
        new(category.Id, category.Name, category.Slug, category.Description, category.SortOrder);

    public static ProductModel ToModel(this Product product) => CompiledProductProjection(product);
}
