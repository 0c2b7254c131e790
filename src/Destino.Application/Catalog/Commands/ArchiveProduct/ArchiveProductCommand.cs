using FluentValidation;
using Mediator;

namespace Destino.Application.Catalog.Commands.ArchiveProduct;

/// <summary>Takes a product off the menu for good; its order history keeps pointing at it.</summary>
public sealed record ArchiveProductCommand(Guid ProductId) : ICommand;

public sealed class ArchiveProductValidator : AbstractValidator<ArchiveProductCommand>
{
    public ArchiveProductValidator()
    {
        RuleFor(command => command.ProductId).NotEmpty();
    }
}
