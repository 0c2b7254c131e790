using System.Net.Http.Json;

namespace Destino.Tests.Support;

/// <summary>
/// One in-memory API per fixture on a SQLite file of its own. Before each test the rows are deleted with Respawn
/// and the cache is cleared, so no test sees another's data.
/// </summary>
internal abstract class ApiTestBase
{
    protected TestDatabase Database { get; private set; } = null!;

    protected DestinoApiFactory Api { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        Database = new TestDatabase();
        Api = CreateFactory(Database.FilePath);
        Client = Api.CreateClient();
    }

    [SetUp]
    public async Task ResetState()
    {
        await Database.ResetAsync();
        await Api.ClearCacheAsync();
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        Client.Dispose();
        await Api.DisposeAsync();
        Database.Dispose();
    }

    protected virtual DestinoApiFactory CreateFactory(string databasePath) => new(databasePath);

    /// <summary>A product's daily stock as customers see it, read past the cache.</summary>
    protected async Task<int?> StockOfAsync(Guid productId)
    {
        await Api.ClearCacheAsync();
        return (await GetJsonAsync<Destino.Application.Catalog.Models.ProductModel>($"/api/products/{productId}"))
            .DailyStock;
    }

    protected async Task<T> GetJsonAsync<T>(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path} answered {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
