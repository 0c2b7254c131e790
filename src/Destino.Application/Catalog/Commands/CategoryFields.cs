using Destino.Domain.Catalog;
using FluentValidation;

namespace Destino.Application.Catalog.Commands;

/// <summary>What an admin supplies when creating or updating a category.</summary>
public interface ICategoryFields
{
    string Name { get; }

    string Slug { get; }

    string? Description { get; }

    int SortOrder { get; }
}

public abstract class CategoryFieldsValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : ICategoryFields
{
    protected CategoryFieldsValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(Category.MaxNameLength);

        RuleFor(command => command.Slug)
            .Must(Slug.IsValid)
            .WithMessage("'{PropertyName}' must use lowercase letters, digits and single hyphens, at most 80 long.");

        RuleFor(command => command.Description).MaximumLength(Category.MaxDescriptionLength);

        RuleFor(command => command.SortOrder).InclusiveBetween(0, 10_000);
    }
}
