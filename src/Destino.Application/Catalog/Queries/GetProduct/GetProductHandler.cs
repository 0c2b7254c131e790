using Destino.Application.Catalog.Models;
using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Catalog.Queries.GetProduct;

public sealed class GetProductHandler(ICatalogReader catalog) : IQueryHandler<GetProductQuery, ProductModel>
{
    public async ValueTask<ProductModel> Handle(GetProductQuery query, CancellationToken cancellationToken)
    {
        var product = query.ProductId is { } productId
            ? await catalog.FindProductByIdAsync(productId, cancellationToken)
            : await catalog.FindProductBySlugAsync(query.IdOrSlug, cancellationToken);

        return product ?? throw new NotFoundException("Product", query.IdOrSlug);
    }
}
