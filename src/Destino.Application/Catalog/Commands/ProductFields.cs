using Destino.Application.Catalog.Models;
using Destino.Domain.Catalog;
using Destino.Domain.Common;
using FluentValidation;

namespace Destino.Application.Catalog.Commands;

/// <summary>What an admin supplies when creating or updating a product. Price is in minor units (cents).</summary>
public interface IProductFields
{
    Guid CategoryId { get; }

    string Name { get; }

    string Slug { get; }

    string? Description { get; }

    MoneyModel Price { get; }

    string? ImageUrl { get; }

    bool IsAvailable { get; }

    int? DailyStock { get; }

    int SortOrder { get; }
}

public abstract class ProductFieldsValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : IProductFields
{
    /// <summary>A thousand dollars: far above any catering box, low enough to catch a price typed in dollars.</summary>
    public const long MaxPriceAmount = 100_000;

    protected ProductFieldsValidator()
    {
        RuleFor(command => command.CategoryId).NotEmpty();

        RuleFor(command => command.Name).NotEmpty().MaximumLength(Product.MaxNameLength);

        RuleFor(command => command.Slug)
            .Must(Slug.IsValid)
            .WithMessage("'{PropertyName}' must use lowercase letters, digits and single hyphens, at most 80 long.");

        RuleFor(command => command.Description).MaximumLength(Product.MaxDescriptionLength);

        RuleFor(command => command.Price).NotNull();

        RuleFor(command => command.Price.Amount)
            .InclusiveBetween(1, MaxPriceAmount)
            .When(command => command.Price is not null)
            .WithMessage("'{PropertyName}' must be between 1 and {To} cents.");

        RuleFor(command => command.Price.Currency)
            .Equal(Money.UsDollars)
            .When(command => command.Price is not null)
            .WithMessage("'{PropertyName}' must be USD, the currency of the bakery's Square account.");

        RuleFor(command => command.ImageUrl)
            .MaximumLength(Product.MaxImageUrlLength)
            .Must(BeAnHttpsUrl)
            .When(command => command.ImageUrl is not null)
            .WithMessage("'{PropertyName}' must be an absolute https URL.");

        RuleFor(command => command.DailyStock)
            .InclusiveBetween(0, 100_000)
            .When(command => command.DailyStock is not null);

        RuleFor(command => command.SortOrder).InclusiveBetween(0, 10_000);
    }

    private static bool BeAnHttpsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}

internal static class ProductFieldsMapping
{
    public static ProductAttributes ToAttributes(this IProductFields fields) =>
        new(
            fields.Name,
            fields.Slug,
            fields.Description,
            new Money(fields.Price.Amount, fields.Price.Currency),
            fields.ImageUrl,
            fields.IsAvailable,
            fields.DailyStock,
            fields.SortOrder);
}
