using System.Globalization;
using System.Text.Json;

namespace Destino.Application.Webhooks;

/// <summary>The parts of a Square event notification that Destino acts on.</summary>
public sealed record SquareEvent(
    string EventId,
    string Type,
    DateTimeOffset CreatedAt,
    SquarePaymentSnapshot? Payment,
    SquareRefundSnapshot? Refund);

public sealed record SquarePaymentSnapshot(string Id, string? Status, string? ReferenceId);

public sealed record SquareRefundSnapshot(string Id, string? Status, string? PaymentId);

public sealed class MalformedWebhookException(string reason) : Exception(reason);

/// <summary>Reads a verified body. Called only after the signature has been checked against the raw bytes.</summary>
public static class SquareEventParser
{
    public static SquareEvent Parse(ReadOnlyMemory<byte> verifiedBody)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(verifiedBody);
        }
        catch (JsonException)
        {
            throw new MalformedWebhookException("The body is not JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedWebhookException("The body is not a JSON object.");
            }

            var eventId = Text(root, "event_id") ?? throw new MalformedWebhookException("event_id is missing.");
            var type = Text(root, "type") ?? throw new MalformedWebhookException("type is missing.");
            if (eventId.Length > Domain.Webhooks.WebhookInboxEntry.MaxEventIdLength)
            {
                throw new MalformedWebhookException("event_id is too long.");
            }

            if (!DateTimeOffset.TryParse(
                    Text(root, "created_at"),
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var createdAt))
            {
                throw new MalformedWebhookException("created_at is missing or not a timestamp.");
            }

            var dataObject = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("object", out var found) && found.ValueKind == JsonValueKind.Object
                    ? found
                    : default;

            return new SquareEvent(eventId, type, createdAt, PaymentOf(dataObject), RefundOf(dataObject));
        }
    }

    private static SquarePaymentSnapshot? PaymentOf(JsonElement dataObject) =>
        dataObject.ValueKind == JsonValueKind.Object
        && dataObject.TryGetProperty("payment", out var payment)
        && Text(payment, "id") is { } id
            ? new SquarePaymentSnapshot(id, Text(payment, "status"), Text(payment, "reference_id"))
            : null;

    private static SquareRefundSnapshot? RefundOf(JsonElement dataObject) =>
        dataObject.ValueKind == JsonValueKind.Object
        && dataObject.TryGetProperty("refund", out var refund)
        && Text(refund, "id") is { } id
            ? new SquareRefundSnapshot(id, Text(refund, "status"), Text(refund, "payment_id"))
            : null;

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
