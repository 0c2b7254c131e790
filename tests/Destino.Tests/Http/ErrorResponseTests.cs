using System.Net;
using Destino.Application.Catalog;
using Destino.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Destino.Tests.Http;

internal sealed class ErrorResponseTests : ApiTestBase
{
    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var response = await Client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_body_over_the_limit_is_a_413_problem()
    {
        using var api = new DestinoApiFactory(Database.FilePath).WithSetting("Api:MaxRequestBodyBytes", "1024");
        using var client = api.CreateClient();
        using var body = new ByteArrayContent(new byte[4096]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(new Uri("/api/products", UriKind.Relative), body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task An_unexpected_exception_is_a_500_problem_without_its_message_or_stack()
    {
        var failingCatalog = new Mock<ICatalogReader>();
        failingCatalog
            .Setup(catalog => catalog.ListCategoriesAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("secret connection detail"));
        using var api = new DestinoApiFactory(Database.FilePath);
        using var client = api.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddScoped(_ => failingCatalog.Object))).CreateClient();

        using var response = await client.GetAsync(new Uri("/api/categories", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("secret connection detail"));
    }
}
