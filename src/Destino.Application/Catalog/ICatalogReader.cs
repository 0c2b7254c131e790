using Destino.Application.Catalog.Models;

namespace Destino.Application.Catalog;

/// <summary>
/// Read-only projections of what customers may see: archived categories and products never appear.
/// </summary>
public interface ICatalogReader
{
    Task<IReadOnlyList<CategoryModel>> ListCategoriesAsync(CancellationToken cancellationToken);

    Task<Guid?> FindVisibleCategoryIdAsync(string slug, CancellationToken cancellationToken);

    Task<ProductPage> ListProductsAsync(Guid? categoryId, int page, int pageSize, CancellationToken cancellationToken);

    Task<ProductModel?> FindProductByIdAsync(Guid productId, CancellationToken cancellationToken);

    Task<ProductModel?> FindProductBySlugAsync(string slug, CancellationToken cancellationToken);
}
