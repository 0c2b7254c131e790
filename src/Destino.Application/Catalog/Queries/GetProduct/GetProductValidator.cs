using Destino.Domain.Catalog;
using FluentValidation;

namespace Destino.Application.Catalog.Queries.GetProduct;

public sealed class GetProductValidator : AbstractValidator<GetProductQuery>
{
    public GetProductValidator()
    {
        RuleFor(query => query.IdOrSlug)
            .Must(value => Guid.TryParse(value, out _) || Slug.IsValid(value))
            .WithMessage("'{PropertyName}' must be a product id or a product slug.");
    }
}
