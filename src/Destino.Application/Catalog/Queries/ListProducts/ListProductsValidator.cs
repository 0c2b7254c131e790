using Destino.Domain.Catalog;
using FluentValidation;

namespace Destino.Application.Catalog.Queries.ListProducts;

public sealed class ListProductsValidator : AbstractValidator<ListProductsQuery>
{
    public ListProductsValidator()
    {
        RuleFor(query => query.Page).GreaterThanOrEqualTo(1);

        RuleFor(query => query.PageSize).InclusiveBetween(1, ListProductsQuery.MaxPageSize);

        RuleFor(query => query.CategorySlug)
            .Must(Slug.IsValid)
            .When(query => query.CategorySlug is not null)
            .WithMessage("'{PropertyName}' must be a category slug: lowercase letters, digits and single hyphens.");
    }
}
