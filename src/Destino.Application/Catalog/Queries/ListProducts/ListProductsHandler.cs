using Destino.Application.Catalog.Models;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Queries.ListProducts;

public sealed class ListProductsHandler(ICatalogReader catalog) : IQueryHandler<ListProductsQuery, ProductPage>
{
    public async ValueTask<ProductPage> Handle(ListProductsQuery query, CancellationToken cancellationToken)
    {
        Guid? categoryId = null;

        if (query.CategorySlug is not null)
        {
            categoryId = await catalog.FindVisibleCategoryIdAsync(query.CategorySlug, cancellationToken)
                ?? throw new NotFoundException("Category", query.CategorySlug);
        }

        return await catalog.ListProductsAsync(categoryId, query.Page, query.PageSize, cancellationToken);
    }
}
