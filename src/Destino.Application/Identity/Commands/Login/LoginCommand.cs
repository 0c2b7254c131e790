using Destino.Application.Common.Telemetry;
using FluentValidation;
using Mediator;

namespace Destino.Application.Identity.Commands.Login;

public sealed record LoginCommand(string Email, string Password) : ICommand<AccessToken>
{
    public override string ToString() => $"{nameof(LoginCommand)} {{ Email = {Email} }}";
}

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(CredentialRules.MaxEmailLength);
        RuleFor(command => command.Password).NotEmpty().MaximumLength(CredentialRules.MaxPasswordLength);
    }
}

public sealed class LoginHandler(IIdentityService identity, IAccessTokenIssuer tokens, DestinoMetrics metrics)
    : ICommandHandler<LoginCommand, AccessToken>
{
    public async ValueTask<AccessToken> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var result = await identity.SignInAsync(command.Email, command.Password, cancellationToken);

        if (result.Outcome != SignInOutcome.Succeeded || result.User is null)
        {
            metrics.RecordFailedSignIn(
                result.Outcome == SignInOutcome.LockedOut ? "locked_out" : "invalid_credentials");
            throw new AuthenticationFailedException();
        }

        return tokens.Issue(result.User);
    }
}
