using System.Text.RegularExpressions;
using Sentry;

namespace Destino.Infrastructure.Observability;

/// <summary>
/// Removes what must never leave the building before an event or breadcrumb is sent: cookies, the Authorization
/// header, Square's signature header, and any e-mail address wherever it appears. The user is kept as an id only.
/// </summary>
public static partial class SentryScrubber
{
    private const string Redacted = "[redacted]";

    private static readonly string[] SecretHeaders =
        ["Authorization", "Cookie", "Set-Cookie", "x-square-hmacsha256-signature", "Proxy-Authorization"];

    public static SentryEvent Scrub(SentryEvent sentryEvent)
    {
        Scrub(sentryEvent.Request);
        Scrub(sentryEvent.User);

        if (sentryEvent.Message is { } message)
        {
            message.Message = WithoutEmails(message.Message);
            message.Formatted = WithoutEmails(message.Formatted);
        }

        foreach (var exception in sentryEvent.SentryExceptions ?? [])
        {
            exception.Value = WithoutEmails(exception.Value);
        }

        foreach (var (key, value) in sentryEvent.Tags.ToList())
        {
            sentryEvent.SetTag(key, WithoutEmails(value)!);
        }

        foreach (var (key, value) in sentryEvent.Extra.ToList())
        {
            sentryEvent.SetExtra(key, value is string text ? WithoutEmails(text) : value);
        }

        return sentryEvent;
    }

    public static SentryTransaction Scrub(SentryTransaction transaction)
    {
        Scrub(transaction.Request);
        Scrub(transaction.User);

        return transaction;
    }

    public static Breadcrumb Scrub(Breadcrumb breadcrumb) =>
        new(
            WithoutEmails(breadcrumb.Message) ?? string.Empty,
            breadcrumb.Type ?? "default",
            breadcrumb.Data?.ToDictionary(pair => pair.Key, pair => WithoutEmails(pair.Value) ?? string.Empty),
            breadcrumb.Category,
            breadcrumb.Level);

    private static void Scrub(SentryRequest request)
    {
        request.Cookies = null;
        foreach (var header in request.Headers.Keys.ToList())
        {
            if (SecretHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
            {
                request.Headers.Remove(header);
            }
            else
            {
                request.Headers[header] = WithoutEmails(request.Headers[header])!;
            }
        }

        request.Data = request.Data is string body ? WithoutEmails(body) : null;
        request.QueryString = WithoutEmails(request.QueryString);
    }

    private static void Scrub(SentryUser user)
    {
        user.Email = null;
        user.IpAddress = null;
        user.Username = null;
    }

    public static string? WithoutEmails(string? text) => text is null ? null : EmailAddress().Replace(text, Redacted);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
