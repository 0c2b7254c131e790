using Destino.Domain.Catalog;

namespace Destino.Application.Catalog;

/// <summary>
/// Loads and stores catalog aggregates for the commands. Saving turns a unique-slug clash into a ConflictException.
/// </summary>
public interface ICatalogRepository
{
    Task<Category?> FindCategoryAsync(Guid categoryId, CancellationToken cancellationToken);

    Task<bool> IsCategorySlugTakenAsync(string slug, Guid? exceptCategoryId, CancellationToken cancellationToken);

    Task<int> CountActiveProductsAsync(Guid categoryId, CancellationToken cancellationToken);

    void AddCategory(Category category);

    Task<Product?> FindProductAsync(Guid productId, CancellationToken cancellationToken);

    Task<bool> IsProductSlugTakenAsync(string slug, Guid? exceptProductId, CancellationToken cancellationToken);

    void AddProduct(Product product);

    Task SaveChangesAsync(CancellationToken cancellationToken);
}
