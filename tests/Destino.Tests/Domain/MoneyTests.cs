using Destino.Domain.Common;

namespace Destino.Tests.Domain;

[Category("Critical")]
internal sealed class MoneyTests
{
    [Test]
    public void Adding_keeps_integer_cents()
    {
        var total = Money.Usd(575).Add(Money.Usd(250));

        Assert.That(total, Is.EqualTo(Money.Usd(825)));
    }

    [Test]
    public void Multiplying_by_a_quantity_multiplies_the_cents()
    {
        Assert.That(Money.Usd(525).Multiply(12), Is.EqualTo(Money.Usd(6300)));
    }

    [Test]
    public void Currencies_never_mix()
    {
        Assert.Throws<DomainRuleException>(() => Money.Usd(100).Add(new Money(100, "EUR")));
    }

    [Test]
    public void Overflow_is_refused_rather_than_wrapped()
    {
        Assert.Throws<OverflowException>(() => Money.Usd(long.MaxValue).Multiply(2));
    }

    [TestCase("usd")]
    [TestCase("US")]
    [TestCase("USDT")]
    [TestCase("")]
    public void Currency_must_be_a_three_letter_code(string currency)
    {
        Assert.Throws<DomainRuleException>(() => _ = new Money(100, currency));
    }
}
