using Destino.Application.Catalog.Models;
using Destino.Application.Catalog.Queries.GetProduct;
using Destino.Application.Catalog.Queries.ListProducts;
using Destino.Tests.Support;

namespace Destino.Tests.Http;

[Category("Critical")]
internal sealed class CatalogCacheTests : ApiTestBase
{
    [Test]
    public async Task A_repeated_product_read_is_a_cache_hit()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        await Api.CreateProductAsync(empanadas, "humita");
        using var lookups = new CacheLookups(Api.Services);

        await GetJsonAsync<ProductModel>("/api/products/humita");
        await GetJsonAsync<ProductModel>("/api/products/humita");

        Assert.That(lookups.Misses(nameof(GetProductQuery)), Is.EqualTo(1));
        Assert.That(lookups.Hits(nameof(GetProductQuery)), Is.EqualTo(1));
    }

    [Test]
    public async Task An_update_refreshes_the_product_and_its_listings_and_leaves_the_rest_cached()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var alfajores = await Api.CreateCategoryAsync("alfajores");
        var humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 525);
        await Api.CreateProductAsync(alfajores, "alfajor-de-maicena", priceInCents: 350);
        await WarmAsync();
        await GetJsonAsync<ProductModel>($"/api/products/{humita.Id}");
        using var lookups = new CacheLookups(Api.Services);

        await Api.SendAsync(humita.WithPrice(600));

        var product = await GetJsonAsync<ProductModel>("/api/products/humita");
        var productById = await GetJsonAsync<ProductModel>($"/api/products/{humita.Id}");
        var listing = await GetJsonAsync<ProductPage>("/api/products?category=empanadas");
        var everything = await GetJsonAsync<ProductPage>("/api/products");
        await GetJsonAsync<ProductModel>("/api/products/alfajor-de-maicena");
        await GetJsonAsync<ProductPage>("/api/products?category=alfajores");

        Assert.Multiple(() =>
        {
            Assert.That(product.Price.Amount, Is.EqualTo(600));
            Assert.That(productById.Price.Amount, Is.EqualTo(600));
            Assert.That(listing.Items.Single().Price.Amount, Is.EqualTo(600));
            Assert.That(everything.Items.Single(item => item.Slug == "humita").Price.Amount, Is.EqualTo(600));
            Assert.That(lookups.Misses(nameof(GetProductQuery)), Is.EqualTo(2), "humita by slug and by id");
            Assert.That(lookups.Hits(nameof(GetProductQuery)), Is.EqualTo(1), "the alfajor is untouched");
            Assert.That(lookups.Misses(nameof(ListProductsQuery)), Is.EqualTo(2), "empanadas and all products");
            Assert.That(lookups.Hits(nameof(ListProductsQuery)), Is.EqualTo(1), "the alfajores listing is untouched");
        });
    }

    [Test]
    public async Task Moving_a_product_refreshes_the_listing_it_left()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var specials = await Api.CreateCategoryAsync("specials");
        var humita = await Api.CreateProductAsync(empanadas, "humita");
        await GetJsonAsync<ProductPage>("/api/products?category=empanadas");

        await Api.SendAsync(humita.WithPrice(humita.Price.Amount, specials.Id));

        var leftBehind = await GetJsonAsync<ProductPage>("/api/products?category=empanadas");
        var arrived = await GetJsonAsync<ProductPage>("/api/products?category=specials");
        Assert.That(leftBehind.Items, Is.Empty);
        Assert.That(arrived.Items.Single().Slug, Is.EqualTo("humita"));
    }

    [Test]
    public async Task A_failed_command_invalidates_nothing()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var humita = await Api.CreateProductAsync(empanadas, "humita");
        await Api.CreateProductAsync(empanadas, "caprese");
        await GetJsonAsync<ProductModel>("/api/products/humita");
        using var lookups = new CacheLookups(Api.Services);

        var clash = humita.WithPrice(600) with { Slug = "caprese" };
        Assert.ThrowsAsync<Destino.Application.Common.Exceptions.ConflictException>(() => Api.SendAsync(clash));
        var product = await GetJsonAsync<ProductModel>("/api/products/humita");

        Assert.That(product.Price.Amount, Is.EqualTo(humita.Price.Amount));
        Assert.That(lookups.Hits(nameof(GetProductQuery)), Is.EqualTo(1));
    }

    private async Task WarmAsync()
    {
        string[] paths =
        [
            "/api/products/humita",
            "/api/products/alfajor-de-maicena",
            "/api/products?category=empanadas",
            "/api/products?category=alfajores",
            "/api/products",
        ];
        foreach (var path in paths)
        {
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }
    }
}
