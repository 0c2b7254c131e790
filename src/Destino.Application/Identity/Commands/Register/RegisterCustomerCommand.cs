using FluentValidation;
using Mediator;

namespace Destino.Application.Identity.Commands.Register;

public sealed record RegisterCustomerCommand(string Email, string Password) : ICommand<UserProfile>
{
    public override string ToString() => $"{nameof(RegisterCustomerCommand)} {{ Email = {Email} }}";
}

public sealed class RegisterCustomerValidator : AbstractValidator<RegisterCustomerCommand>
{
    public RegisterCustomerValidator()
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidNewPassword();
    }
}

public sealed class RegisterCustomerHandler(IIdentityService identity)
    : ICommandHandler<RegisterCustomerCommand, UserProfile>
{
    public async ValueTask<UserProfile> Handle(RegisterCustomerCommand command, CancellationToken cancellationToken) =>
        await identity.RegisterAsync(command.Email, command.Password, Roles.Customer, cancellationToken);
}
