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
        sentryEvent.Request.Cookies = null;
        foreach (var header in sentryEvent.Request.Headers.Keys.ToList())
        {
            if (SecretHeaders.Contains(header, StringComparer.OrdinalIgnoreCase))
            {
                sentryEvent.Request.Headers.Remove(header);
            }
            else
            {
                sentryEvent.Request.Headers[header] = WithoutEmails(sentryEvent.Request.Headers[header])!;
            }
        }

        sentryEvent.Request.Data = sentryEvent.Request.Data is string body ? WithoutEmails(body) : null;
        sentryEvent.Request.QueryString = WithoutEmails(sentryEvent.Request.QueryString);
        sentryEvent.User.Email = null;
        sentryEvent.User.IpAddress = null;
        sentryEvent.User.Username = null;

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

    public static Breadcrumb Scrub(Breadcrumb breadcrumb) =>
        new(
            WithoutEmails(breadcrumb.Message) ?? string.Empty,
            breadcrumb.Type ?? "default",
            breadcrumb.Data?.ToDictionary(pair => pair.Key, pair => WithoutEmails(pair.Value) ?? string.Empty),
            breadcrumb.Category,
            breadcrumb.Level);

    public static string? WithoutEmails(string? text) => text is null ? null : EmailAddress().Replace(text, Redacted);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
