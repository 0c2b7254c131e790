using Destino.Application.Catalog;
using Destino.Application.Common.Exceptions;
using Destino.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Persistence;

internal sealed class CatalogRepository(DestinoDbContext db) : ICatalogRepository
{
    public Task<Category?> FindCategoryAsync(Guid categoryId, CancellationToken cancellationToken) =>
        db.Categories.FirstOrDefaultAsync(category => category.Id == categoryId, cancellationToken);

    public Task<bool> IsCategorySlugTakenAsync(
        string slug, Guid? exceptCategoryId, CancellationToken cancellationToken) =>
        db.Categories.AnyAsync(
            category => category.Slug == slug && category.Id != exceptCategoryId, cancellationToken);

    public Task<int> CountActiveProductsAsync(Guid categoryId, CancellationToken cancellationToken) =>
        db.Products.CountAsync(
            product => product.CategoryId == categoryId && !product.IsArchived, cancellationToken);

    public void AddCategory(Category category) => db.Categories.Add(category);

    public Task<Product?> FindProductAsync(Guid productId, CancellationToken cancellationToken) =>
        db.Products.FirstOrDefaultAsync(product => product.Id == productId, cancellationToken);

    public Task<bool> IsProductSlugTakenAsync(
        string slug, Guid? exceptProductId, CancellationToken cancellationToken) =>
        db.Products.AnyAsync(product => product.Slug == slug && product.Id != exceptProductId, cancellationToken);

    public void AddProduct(Product product) => db.Products.Add(product);

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
        {
            throw new ConflictException("Another request stored the same slug first; choose another one.", exception);
        }
    }
}
