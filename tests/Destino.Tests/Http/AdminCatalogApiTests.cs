using System.Net;
using System.Net.Http.Json;
using System.Text;
using Destino.Application.Catalog.Models;
using Destino.Tests.Support;

namespace Destino.Tests.Http;

[Category("Critical")]
internal sealed class AdminCatalogApiTests : ApiTestBase
{
    private HttpClient admin = null!;

    [SetUp]
    public async Task SignInAsAdmin()
    {
        admin = Api.CreateClient().Authorized(await Api.AdminTokenAsync(Client, "owner@example.com"));
    }

    [TearDown]
    public void DisposeAdmin() => admin.Dispose();

    [Test]
    public async Task An_admin_creates_a_category_and_a_product_that_customers_then_see()
    {
        using var categoryResponse = await admin.PostAsJsonAsync(
            new Uri("/api/admin/categories", UriKind.Relative),
            new { name = "Empanadas", slug = "empanadas", description = "Baked to order", sortOrder = 1 });
        var category = await categoryResponse.Content.ReadFromJsonAsync<CategoryModel>();
        using var productResponse = await admin.PostAsJsonAsync(
            new Uri("/api/admin/products", UriKind.Relative), Humita(category!.Id, 525));

        var listing = await GetJsonAsync<ProductPage>("/api/products?category=empanadas");

        Assert.That(categoryResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(productResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(listing.Items.Single().Price, Is.EqualTo(new MoneyModel(525, "USD")));
    }

    [Test]
    public async Task An_admin_update_is_seen_on_the_next_read_and_archive_hides_the_product()
    {
        var category = await Api.CreateCategoryAsync("empanadas");
        var humita = await Api.CreateProductAsync(category, "humita", priceInCents: 525);
        await GetJsonAsync<ProductModel>("/api/products/humita");

        using var updated = await admin.PutAsJsonAsync(
            new Uri($"/api/admin/products/{humita.Id}", UriKind.Relative), Humita(category.Id, 600));
        var afterUpdate = await GetJsonAsync<ProductModel>("/api/products/humita");
        using var archived = await admin.PostAsync(
            new Uri($"/api/admin/products/{humita.Id}/archive", UriKind.Relative), null);
        using var afterArchive = await Client.GetAsync(new Uri("/api/products/humita", UriKind.Relative));

        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterUpdate.Price.Amount, Is.EqualTo(600));
        Assert.That(archived.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(afterArchive.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_invalid_product_is_a_400_listing_each_field()
    {
        var category = await Api.CreateCategoryAsync("empanadas");
        var invalid = new
        {
            categoryId = category.Id,
            name = "",
            slug = "Not A Slug",
            price = new { amount = -5, currency = "EUR" },
            isAvailable = true,
            sortOrder = 1,
        };

        using var response = await admin.PostAsJsonAsync(new Uri("/api/admin/products", UriKind.Relative), invalid);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(field => field.Name);
        Assert.That(fields, Is.SupersetOf(new[] { "name", "slug", "price.amount", "price.currency" }));
    }

    [TestCase("{\"name\": \"Empanadas\", ")]
    [TestCase("[1, 2, 3]")]
    [TestCase("{\"name\": \"Empanadas\", \"slug\": \"empanadas\", \"sortOrder\": \"first\"}")]
    [TestCase("{\"slug\": \"empanadas\", \"sortOrder\": 1}")]
    public async Task Malformed_or_incomplete_json_is_a_400_problem_and_stores_nothing(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await admin.PostAsync(new Uri("/api/admin/categories", UriKind.Relative), content);
        var categories = await GetJsonAsync<List<CategoryModel>>("/api/categories");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(categories, Is.Empty);
    }

    [Test]
    public async Task A_duplicate_slug_is_a_409_problem()
    {
        await Api.CreateCategoryAsync("empanadas");

        using var response = await admin.PostAsJsonAsync(
            new Uri("/api/admin/categories", UriKind.Relative),
            new { name = "Empanadas again", slug = "empanadas", sortOrder = 2 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Archiving_a_category_that_still_sells_products_is_a_409_problem()
    {
        var category = await Api.CreateCategoryAsync("empanadas");
        await Api.CreateProductAsync(category, "humita");

        using var response = await admin.PostAsync(
            new Uri($"/api/admin/categories/{category.Id}/archive", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    private static object Humita(Guid categoryId, long cents) => new
    {
        categoryId,
        name = "Humita",
        slug = "humita",
        description = "Sweet corn and bechamel",
        price = new { amount = cents, currency = "USD" },
        imageUrl = "https://images.destino.example/menu/humita.jpg",
        isAvailable = true,
        dailyStock = 40,
        sortOrder = 1,
    };
}
