using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Destino.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem with the status, a title and a trace id, and returns its body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);

        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
            Assert.That(body, Does.Not.Contain("   at "), "a stack trace leaked");
        });

        return problem;
    }

    public static Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<JsonElement>();
}
