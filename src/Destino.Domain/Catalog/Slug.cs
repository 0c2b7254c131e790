using Destino.Domain.Common;

namespace Destino.Domain.Catalog;

/// <summary>
/// The URL name of a category or product: lowercase ASCII letters and digits joined by single hyphens.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > MaxLength)
        {
            return false;
        }

        if (candidate[0] == '-' || candidate[^1] == '-' || candidate.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        // A slug shaped like a Guid would be read as a product id by the lookup that accepts either.
        return candidate.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && !Guid.TryParse(candidate, out _);
    }

    public static string Require(string candidate) =>
        IsValid(candidate)
            ? candidate
            : throw new DomainRuleException(
                $"'{candidate}' is not a valid slug: use lowercase letters, digits and single hyphens.");
}
