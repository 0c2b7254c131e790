using FluentValidation;
using Mediator;

namespace Destino.Application.Catalog.Commands.ArchiveCategory;

/// <summary>Hides a category from the menu. Refused while it still holds products that are not archived.</summary>
public sealed record ArchiveCategoryCommand(Guid CategoryId) : ICommand;

public sealed class ArchiveCategoryValidator : AbstractValidator<ArchiveCategoryCommand>
{
    public ArchiveCategoryValidator()
    {
        RuleFor(command => command.CategoryId).NotEmpty();
    }
}
