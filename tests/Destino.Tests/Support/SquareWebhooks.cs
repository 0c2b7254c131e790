using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Destino.Application.Ordering;
using Destino.Domain.Common;
using Destino.Domain.Ordering;
using Destino.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Destino.Tests.Support;

/// <summary>
/// Signs and sends Square event notifications the way Square does, and places orders for them to move.
/// </summary>
internal static class SquareWebhooks
{
    public const string NotificationUrl = "https://shop.destino.example/api/webhooks/square";

    /// <summary>Made per test run; a real signature key comes from Square's dashboard and is never committed.</summary>
    public static readonly string SignatureKey = Convert.ToBase64String(
        System.Security.Cryptography.RandomNumberGenerator.GetBytes(18));

    public static DestinoApiFactory WithWebhookKey(this DestinoApiFactory api) =>
        api.WithSetting("Square:WebhookSignatureKey", SignatureKey)
            .WithSetting("Square:WebhookNotificationUrl", NotificationUrl);

    public static string PaymentEvent(
        string eventId,
        string type,
        string paymentId,
        string status,
        Guid? orderId = null,
        DateTimeOffset? createdAt = null) =>
        Envelope(eventId, type, createdAt, "payment", paymentId,
            "{\"payment\":{\"id\":\"" + paymentId + "\",\"status\":\"" + status + "\","
            + "\"reference_id\":\"" + orderId + "\",\"note\":\"<b>fresh</b>\"}}");

    public static string RefundEvent(string eventId, string refundId, string paymentId, string status) =>
        Envelope(eventId, "refund.updated", null, "refund", refundId,
            "{\"refund\":{\"id\":\"" + refundId + "\",\"status\":\"" + status + "\","
            + "\"payment_id\":\"" + paymentId + "\"}}");

    public static async Task<HttpResponseMessage> DeliverAsync(
        this HttpClient client, string body, string? signature = null, string? signedBody = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.Add(
            SquareWebhookSignature.HeaderName,
            signature ?? SquareWebhookSignature.Sign(
                NotificationUrl, Encoding.UTF8.GetBytes(signedBody ?? body), SignatureKey));

        return await client.PostAsync(new Uri("/api/webhooks/square", UriKind.Relative), content);
    }

    /// <summary>An order that reserved stock and is waiting for Square to confirm the given payment.</summary>
    public static async Task<Guid> PlaceAwaitingOrderAsync(
        this DestinoApiFactory api, Guid productId, string paymentId, int quantity = 2)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var ordering = scope.ServiceProvider.GetRequiredService<IOrderingRepository>();
        var now = DateTimeOffset.UtcNow;
        var order = Order.Place(
            Guid.CreateVersion7(),
            Guid.NewGuid(),
            Fulfillment.Create(FulfillmentMethod.Pickup, "Ana", "415-555-0100", null, null),
            [(productId, "Humita", Money.Usd(525), quantity)],
            now);

        await ordering.PlaceOrderAsync(
            order, new CheckoutAttempt(order.CustomerId, "key", "fingerprint", order.Id, now), default);
        order.AwaitPaymentConfirmation(paymentId, now);
        await ordering.SaveChangesAsync(default);

        return order.Id;
    }

    public static async Task<Order> OrderAsync(this DestinoApiFactory api, Guid orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var ordering = scope.ServiceProvider.GetRequiredService<IOrderingRepository>();
        return (await ordering.FindOrderAsync(orderId, default))!;
    }

    /// <summary>Square's envelope, written by hand so the bytes keep characters a serialiser would escape.</summary>
    private static string Envelope(
        string eventId, string type, DateTimeOffset? createdAt, string dataType, string dataId, string dataObject) =>
        "{\"merchant_id\":\"MLTEST\",\"type\":\"" + type + "\",\"event_id\":\"" + eventId + "\","
        + "\"created_at\":\"" + Timestamp(createdAt) + "\","
        + "\"data\":{\"type\":\"" + dataType + "\",\"id\":\"" + dataId + "\",\"object\":" + dataObject + "}}";

    private static string Timestamp(DateTimeOffset? at) =>
        (at ?? DateTimeOffset.UtcNow).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
