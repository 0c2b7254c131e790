using System.Net;
using System.Net.Http.Json;
using Destino.Application.Catalog.Models;
using Destino.Tests.Support;

namespace Destino.Tests.Http;

[Category("Critical")]
internal sealed class CatalogApiTests : ApiTestBase
{
    [Test]
    public async Task Categories_are_listed_in_menu_order_without_archived_ones()
    {
        await Api.CreateCategoryAsync("catering-boxes", sortOrder: 40);
        await Api.CreateCategoryAsync("empanadas", sortOrder: 10);
        var retired = await Api.CreateCategoryAsync("seasonal", sortOrder: 50);
        await Api.SendAsync(
            new Destino.Application.Catalog.Commands.ArchiveCategory.ArchiveCategoryCommand(retired.Id));

        var categories = await GetJsonAsync<List<CategoryModel>>("/api/categories");

        Assert.That(categories.Select(category => category.Slug), Is.EqualTo(new[] { "empanadas", "catering-boxes" }));
    }

    [Test]
    public async Task Products_page_reports_items_page_size_and_total()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        for (var i = 1; i <= 5; i++)
        {
            await Api.CreateProductAsync(empanadas, $"empanada-{i}", sortOrder: i);
        }

        var page = await GetJsonAsync<ProductPage>("/api/products?page=2&pageSize=2");

        Assert.Multiple(() =>
        {
            Assert.That(page.Items.Select(product => product.Slug), Is.EqualTo(new[] { "empanada-3", "empanada-4" }));
            Assert.That(page.Page, Is.EqualTo(2));
            Assert.That(page.PageSize, Is.EqualTo(2));
            Assert.That(page.TotalCount, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task Products_default_to_the_first_page_of_twenty()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        for (var i = 1; i <= 21; i++)
        {
            await Api.CreateProductAsync(empanadas, $"empanada-{i}", sortOrder: i);
        }

        var page = await GetJsonAsync<ProductPage>("/api/products");

        Assert.That((page.Page, page.PageSize, page.Items.Count, page.TotalCount), Is.EqualTo((1, 20, 20, 21)));
    }

    [Test]
    public async Task Products_can_be_filtered_by_category_slug()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var alfajores = await Api.CreateCategoryAsync("alfajores");
        await Api.CreateProductAsync(empanadas, "humita");
        await Api.CreateProductAsync(alfajores, "alfajor-de-maicena", priceInCents: 350);

        var page = await GetJsonAsync<ProductPage>("/api/products?category=alfajores");

        Assert.That(page.Items.Single().Slug, Is.EqualTo("alfajor-de-maicena"));
        Assert.That(page.Items.Single().Price, Is.EqualTo(new MoneyModel(350, "USD")));
    }

    [Test]
    public async Task Archived_products_are_hidden_from_listings_and_lookups()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var retired = await Api.CreateProductAsync(empanadas, "pizza-empanada");
        await Api.CreateProductAsync(empanadas, "humita");
        await Api.SendAsync(new Destino.Application.Catalog.Commands.ArchiveProduct.ArchiveProductCommand(retired.Id));

        var page = await GetJsonAsync<ProductPage>("/api/products");
        using var byId = await Client.GetAsync(new Uri($"/api/products/{retired.Id}", UriKind.Relative));

        Assert.That(page.Items.Select(product => product.Slug), Is.EqualTo(new[] { "humita" }));
        Assert.That(page.TotalCount, Is.EqualTo(1));
        Assert.That(byId.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_product_is_found_by_id_and_by_slug()
    {
        var empanadas = await Api.CreateCategoryAsync("empanadas");
        var humita = await Api.CreateProductAsync(empanadas, "humita", priceInCents: 525);

        var byId = await GetJsonAsync<ProductModel>($"/api/products/{humita.Id}");
        var bySlug = await GetJsonAsync<ProductModel>("/api/products/humita");

        Assert.That(byId, Is.EqualTo(bySlug));
        Assert.That(byId.Price.Amount, Is.EqualTo(525));
    }

    [TestCase("/api/products/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [TestCase("/api/products/no-such-empanada")]
    [TestCase("/api/products?category=no-such-category")]
    public async Task Unknown_product_or_category_is_a_404_problem(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [TestCase("page=0", "page")]
    [TestCase("page=-3", "page")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("category=Not%20A%20Slug", "categorySlug")]
    public async Task Bad_paging_is_a_400_problem_naming_the_field(string queryString, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/products?{queryString}", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [TestCase("page=two")]
    [TestCase("pageSize=99999999999")]
    public async Task Paging_that_is_not_a_number_is_a_400_problem(string queryString)
    {
        using var response = await Client.GetAsync(new Uri($"/api/products?{queryString}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Prices_travel_as_integer_minor_units()
    {
        var catering = await Api.CreateCategoryAsync("catering-boxes");
        await Api.CreateProductAsync(catering, "party-box-24", priceInCents: 11900);

        using var response = await Client.GetAsync(new Uri("/api/products/party-box-24", UriKind.Relative));
        var json = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.That(json.GetProperty("price").GetProperty("amount").GetRawText(), Is.EqualTo("11900"));
    }
}
