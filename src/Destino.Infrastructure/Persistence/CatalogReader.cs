using Destino.Application.Catalog;
using Destino.Application.Catalog.Models;
using Destino.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Destino.Infrastructure.Persistence;

internal sealed class CatalogReader(DestinoDbContext db) : ICatalogReader
{
    private IQueryable<Product> VisibleProducts => db.Products.AsNoTracking().Where(product => !product.IsArchived);

    public async Task<IReadOnlyList<CategoryModel>> ListCategoriesAsync(CancellationToken cancellationToken) =>
        await db.Categories
            .AsNoTracking()
            .Where(category => !category.IsArchived)
            .OrderBy(category => category.SortOrder)
            .ThenBy(category => category.Name)
            .Select(category => new CategoryModel(
                category.Id, category.Name, category.Slug, category.Description, category.SortOrder))
            .ToListAsync(cancellationToken);

    public async Task<Guid?> FindVisibleCategoryIdAsync(string slug, CancellationToken cancellationToken) =>
        await db.Categories
            .AsNoTracking()
            .Where(category => category.Slug == slug && !category.IsArchived)
            .Select(category => (Guid?)category.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ProductPage> ListProductsAsync(
        Guid? categoryId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var products = categoryId is { } id
            ? VisibleProducts.Where(product => product.CategoryId == id)
            : VisibleProducts;

        var totalCount = await products.CountAsync(cancellationToken);

        // Menu order; the id breaks ties so that a product never appears on two pages or on none.
        var items = await products
            .Join(db.Categories, product => product.CategoryId, category => category.Id, (product, category) =>
                new { product, CategoryOrder = category.SortOrder })
            .OrderBy(row => row.CategoryOrder)
            .ThenBy(row => row.product.SortOrder)
            .ThenBy(row => row.product.Name)
            .ThenBy(row => row.product.Id)
            .Select(row => row.product)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(CatalogMappings.ProductProjection)
            .ToListAsync(cancellationToken);

        return new ProductPage(items, page, pageSize, totalCount);
    }

    public Task<ProductModel?> FindProductByIdAsync(Guid productId, CancellationToken cancellationToken) =>
        VisibleProducts
            .Where(product => product.Id == productId)
            .Select(CatalogMappings.ProductProjection)
            .FirstOrDefaultAsync(cancellationToken)!;

    public Task<ProductModel?> FindProductBySlugAsync(string slug, CancellationToken cancellationToken) =>
        VisibleProducts
            .Where(product => product.Slug == slug)
            .Select(CatalogMappings.ProductProjection)
            .FirstOrDefaultAsync(cancellationToken)!;
}
