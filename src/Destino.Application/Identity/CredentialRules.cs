using FluentValidation;

namespace Destino.Application.Identity;

internal static class CredentialRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;
    public const int MaxEmailLength = 254;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(MaxEmailLength).EmailAddress();

    /// <summary>Length over composition rules, as NIST SP 800-63B advises; the upper bound caps hashing cost.</summary>
    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(MinPasswordLength, MaxPasswordLength);
}
