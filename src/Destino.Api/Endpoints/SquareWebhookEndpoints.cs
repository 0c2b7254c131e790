using Destino.Api.RateLimiting;
using Destino.Application.Common.Telemetry;
using Destino.Application.Webhooks;
using Destino.Domain.Webhooks;
using Destino.Infrastructure.Payments;
using Mediator;
using Microsoft.Extensions.Options;

namespace Destino.Api.Endpoints;

/// <summary>
/// Square's event notifications. The signature is checked against the raw bytes before anything parses them;
/// every refusal is logged with its reason (never the body or the signature) and counted as suspicious.
/// </summary>
internal static partial class SquareWebhookEndpoints
{
    public const string Path = "/api/webhooks/square";

    public static IEndpointRouteBuilder MapSquareWebhookEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, ReceiveAsync)
            .WithTags("Webhooks")
            .WithMetadata(new ExemptFromClientRateLimitsAttribute())
            .WithSummary("Square event notifications, signed with x-square-hmacsha256-signature.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        return routes;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context,
        IOptions<SquareOptions> square,
        IOptions<WebhookAgeOptions> limits,
        IMediator mediator,
        DestinoMetrics metrics,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SquareWebhookEndpoints));
        var refuse = new Refusal(logger, metrics);

        var body = await ReadBodyAsync(context.Request, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return refuse.With(StatusCodes.Status413PayloadTooLarge, "body-too-large", "The body is too large.");
        }

        var keys = new[] { square.Value.WebhookSignatureKey, square.Value.WebhookPreviousSignatureKey }
            .Where(key => !string.IsNullOrEmpty(key))
            .Select(key => key!)
            .ToList();
        if (keys.Count == 0 || string.IsNullOrEmpty(square.Value.WebhookNotificationUrl))
        {
            return refuse.With(
                StatusCodes.Status401Unauthorized, "not-configured", "Webhook verification is not configured.");
        }

        var signature = context.Request.Headers[SquareWebhookSignature.HeaderName].ToString();
        var check = SquareWebhookSignature.Check(square.Value.WebhookNotificationUrl, body, signature, keys);
        if (check != SignatureCheck.Valid)
        {
            return refuse.With(
                StatusCodes.Status401Unauthorized, $"signature-{check.ToString().ToLowerInvariant()}",
                "The signature does not match.");
        }

        SquareEvent squareEvent;
        try
        {
            squareEvent = SquareEventParser.Parse(body);
        }
        catch (MalformedWebhookException malformed)
        {
            return refuse.With(StatusCodes.Status400BadRequest, "malformed", malformed.Message);
        }

        try
        {
            var outcome = await mediator.Send(new ProcessSquareEventCommand(squareEvent), cancellationToken);
            return Results.Ok(new { eventId = squareEvent.EventId, status = outcome.ToString() });
        }
        catch (StaleWebhookException stale)
        {
            return refuse.With(StatusCodes.Status400BadRequest, "stale", stale.Message, squareEvent.EventId);
        }
    }

    /// <summary>The raw body, or null when it is larger than the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken token)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, token)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed partial class Refusal(ILogger logger, DestinoMetrics metrics)
    {
        public IResult With(int status, string reason, string detail, string? eventId = null)
        {
            LogRefused(reason, eventId ?? "unknown");
            metrics.RecordSuspiciousWebhook(reason);

            return Results.Problem(statusCode: status, title: "Webhook refused.", detail: detail);
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Square webhook ({Reason}), event {EventId}")]
        private partial void LogRefused(string reason, string eventId);
    }
}
