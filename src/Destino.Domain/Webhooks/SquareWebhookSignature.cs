using System.Security.Cryptography;
using System.Text;

namespace Destino.Domain.Webhooks;

public enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Mismatch,
}

/// <summary>
/// Square's webhook signature: Base64 of HMAC-SHA256, keyed with the subscription's signature key as UTF-8 text,
/// over the notification URL followed directly by the raw body bytes. Checked against the bytes as received and
/// compared in constant time; a header that is not 32 bytes of Base64 is malformed, never an exception.
/// </summary>
public static class SquareWebhookSignature
{
    public const string HeaderName = "x-square-hmacsha256-signature";

    private const int HmacSha256Length = 32;

    public static SignatureCheck Check(
        string notificationUrl,
        ReadOnlySpan<byte> rawBody,
        string? signatureHeader,
        IEnumerable<string> signatureKeys)
    {
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return SignatureCheck.Missing;
        }

        Span<byte> presented = stackalloc byte[HmacSha256Length + 3];
        if (!Convert.TryFromBase64String(signatureHeader.Trim(), presented, out var presentedLength)
            || presentedLength != HmacSha256Length)
        {
            return SignatureCheck.Malformed;
        }

        var message = Message(notificationUrl, rawBody);
        Span<byte> expected = stackalloc byte[HmacSha256Length];
        var matched = false;

        // Every key is tried, matched or not, so timing says nothing about which key is current.
        foreach (var key in signatureKeys)
        {
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), message, expected);
            matched |= CryptographicOperations.FixedTimeEquals(expected, presented[..HmacSha256Length]);
        }

        return matched ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The value Square would send for this body: what tests and local tools sign with.</summary>
    public static string Sign(string notificationUrl, ReadOnlySpan<byte> rawBody, string signatureKey) =>
        Convert.ToBase64String(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(signatureKey), Message(notificationUrl, rawBody)));

    private static byte[] Message(string notificationUrl, ReadOnlySpan<byte> rawBody)
    {
        var urlBytes = Encoding.UTF8.GetBytes(notificationUrl);
        var message = new byte[urlBytes.Length + rawBody.Length];
        urlBytes.CopyTo(message, 0);
        rawBody.CopyTo(message.AsSpan(urlBytes.Length));
        return message;
    }
}
