using Destino.Application.Common.Exceptions;
using Destino.Application.Identity;
using Destino.Application.Payments;
using Destino.Application.Webhooks;
using Destino.Domain.Common;
using FluentValidation;
using Mediator;

namespace Destino.Application.Common.Telemetry;

/// <summary>Who is making the current request, as far as error reports may know: an id, never an e-mail.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
}

/// <summary>
/// Reports a handler's unexpected failure with the feature and request name as tags. Failures that are answers
/// (validation, not found, conflicts, declines) are not errors and are not reported.
/// </summary>
public sealed class ErrorReportingBehavior<TMessage, TResponse>(IErrorReporter errors, ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;
    private static readonly string Component = typeof(TMessage).Namespace?.Split('.').ElementAtOrDefault(2) ?? "app";

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (!ExpectedFailures.IsExpected(exception) && !exception.WasReported())
        {
            errors.Report(exception, Component, RequestName, currentUser.UserId);
            throw;
        }
    }
}

/// <summary>Failures that are answers to the client (400s, 404s, 409s, declines), not errors to report.</summary>
public static class ExpectedFailures
{
    public static bool IsExpected(Exception exception) =>
        exception is ValidationException or NotFoundException or ConflictException or DomainRuleException
            or AuthenticationFailedException or PaymentDeclinedException or PaymentUnavailableException
            or IdempotencyKeyReusedException or SoldOutException or StaleWebhookException
            or MalformedWebhookException or OperationCanceledException;
}
