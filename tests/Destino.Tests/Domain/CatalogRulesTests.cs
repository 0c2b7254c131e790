using Destino.Domain.Catalog;
using Destino.Domain.Common;

namespace Destino.Tests.Domain;

internal sealed class CatalogRulesTests
{
    private static readonly Guid EmpanadasId = Guid.CreateVersion7();

    [TestCase("humita", true)]
    [TestCase("party-box-24", true)]
    [TestCase("Humita", false)]
    [TestCase("-humita", false)]
    [TestCase("humita-", false)]
    [TestCase("hu--mita", false)]
    [TestCase("humita con queso", false)]
    [TestCase("jamón", false)]
    [TestCase("3f2504e0-4f89-11d3-9a0c-0305e82c3301", false)]
    public void Slugs_are_lowercase_words_joined_by_single_hyphens(string candidate, bool valid)
    {
        Assert.That(Slug.IsValid(candidate), Is.EqualTo(valid));
    }

    [Test]
    public void A_product_needs_a_positive_price()
    {
        Assert.Throws<DomainRuleException>(() => _ = new Product(Guid.CreateVersion7(), EmpanadasId, Humita(0)));
    }

    [Test]
    public void Archiving_a_product_also_makes_it_unavailable()
    {
        var product = new Product(Guid.CreateVersion7(), EmpanadasId, Humita(525));

        product.Archive();

        Assert.That((product.IsArchived, product.IsAvailable), Is.EqualTo((true, false)));
    }

    [Test]
    public void A_category_with_active_products_cannot_be_archived()
    {
        var category = new Category(EmpanadasId, "Empanadas", "empanadas", null, 10);

        Assert.Throws<DomainRuleException>(() => category.Archive(activeProductCount: 3));
        Assert.That(category.IsArchived, Is.False);
    }

    private static ProductAttributes Humita(long cents) =>
        new("Humita", "humita", null, Money.Usd(cents), null, IsAvailable: true, DailyStock: 40, SortOrder: 1);
}
