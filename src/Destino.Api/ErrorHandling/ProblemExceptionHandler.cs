using System.Text.Json;
using Destino.Application.Common.Exceptions;
using Destino.Application.Common.Telemetry;
using Destino.Application.Identity;
using Destino.Application.Payments;
using Destino.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Destino.Api.ErrorHandling;

/// <summary>
/// The one place where exceptions become HTTP answers, each an RFC 9457 problem. Handlers never build responses for
/// their failures, and an unexpected exception never shows its message or stack trace outside Development.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    IErrorReporter errors,
    ICurrentUser currentUser,
    IHostEnvironment environment,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to read an answer.
            httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return true;
        }

        var problem = ToProblem(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path);
            if (!exception.WasReported())
            {
                var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
                errors.Report(exception, "api", $"{httpContext.Request.Method} {route}", currentUser.UserId);
            }
        }

        httpContext.Response.StatusCode = problem.Status!.Value;

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails ToProblem(Exception exception) =>
        exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Detail = "See errors for what each field needs.",
            },
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request body is too large."
                    : "The request could not be read.",
                Detail = badRequest.Message,
            },
            AuthenticationFailedException signIn => new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Sign-in refused.",
                Detail = signIn.Message,
            },
            PaymentDeclinedException declined => new ProblemDetails
            {
                Status = StatusCodes.Status402PaymentRequired,
                Title = "The payment was declined.",
                Detail = $"The card was declined ({declined.DeclineCode}); try another card.",
                Extensions = { ["declineCode"] = declined.DeclineCode, ["orderId"] = declined.OrderId },
            },
            PaymentUnavailableException unavailable => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The payment provider is unavailable.",
                Detail = unavailable.Message,
                Extensions = { ["orderId"] = unavailable.OrderId },
            },
            IdempotencyKeyReusedException reused => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "Idempotency-Key reused.",
                Detail = reused.Message,
            },
            SoldOutException soldOut => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Sold out.",
                Detail = soldOut.Message,
            },
            NotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = $"{notFound.Resource} not found.",
                Detail = notFound.Message,
            },
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with what is stored.",
                Detail = conflict.Message,
            },
            DomainRuleException rule => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "A business rule refused the change.",
                Detail = rule.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = environment.IsDevelopment() ? exception.ToString() : null,
            },
        };

    private static Dictionary<string, string[]> FieldErrors(ValidationException validation) =>
        validation.Errors
            .GroupBy(failure => JsonFieldName(failure.PropertyName), StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.Select(failure => failure.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    /// <summary>Property paths as JSON spells them: <c>Price.Amount</c> becomes <c>price.amount</c>.</summary>
    private static string JsonFieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while serving {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, PathString path);
}
