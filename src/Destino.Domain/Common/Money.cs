namespace Destino.Domain.Common;

/// <summary>
/// An amount in the currency's minor units (cents for USD), the way Square's Money object carries it.
/// Never a floating-point number.
/// </summary>
public readonly record struct Money
{
    public const string UsDollars = "USD";

    public Money(long amount, string currency)
    {
        if (!IsCurrencyCode(currency))
        {
            throw new DomainRuleException($"'{currency}' is not a three-letter ISO 4217 currency code.");
        }

        Amount = amount;
        Currency = currency;
    }

    public long Amount { get; }

    public string Currency { get; }

    public static Money Usd(long cents) => new(cents, UsDollars);

    public static bool IsCurrencyCode(string? currency) =>
        currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);

        return new Money(checked(Amount + other.Amount), Currency);
    }

    public Money Multiply(int quantity) => new(checked(Amount * quantity), Currency);

    public override string ToString() => $"{Amount} {Currency} minor units";

    private void EnsureSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new DomainRuleException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }
}
