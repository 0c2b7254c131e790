using System.Text;
using Destino.Domain.Webhooks;

namespace Destino.Tests.Webhooks;

/// <summary>Square's own published examples, from the test suites of its SDKs, and tampered variants of them.</summary>
[Category("Critical")]
[Category("Payments")]
internal sealed class SquareWebhookSignatureTests
{
    private const string TestNotificationBody =
        """{"merchant_id":"MLEFBHHSJGVHD","type":"webhooks.test_notification","event_id":"ac3ac95b-f97d-458c-"""
        + """a6e6-18981597e05f","created_at":"2022-07-13T20:30:59.037339943Z","data":"""
        + """{"type":"webhooks","id":"bc368e64-01aa-407e-b46e-3231809b1129"}}""";

    private const string TestNotificationSignature = "GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=";
    private const string TestNotificationKey = "Ibxx_5AKakO-3qeNVR61Dw";
    private const string TestNotificationUrl = "https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9";

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    [TestCase(TestNotificationBody, TestNotificationSignature, TestNotificationKey, TestNotificationUrl)]
    [TestCase("""{"data":{"type":"webhooks","id":"fake_id"}}""", "W3FlCNk5IA3ZQ2LHTWoajvzfaDu/OwY2tNHIHC3IUOA=",
        "signature-key", "https://webhook.site/webhooks")]
    [TestCase("""{"data":{"type":"webhooks","id":">id<"}}""", "Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=",
        "signature-key", "https://webhook.site/webhooks")]
    public void Square_s_published_examples_verify(string body, string signature, string key, string url)
    {
        Assert.That(Check(url, body, signature, key), Is.EqualTo(SignatureCheck.Valid));
        Assert.That(SquareWebhookSignature.Sign(url, Encoding.UTF8.GetBytes(body), key), Is.EqualTo(signature));
    }

    [Test]
    public void A_body_with_one_byte_changed_fails()
    {
        var tampered = TestNotificationBody.Replace("MLEFBHHSJGVHD", "MLEFBHHSJGVHE", StringComparison.Ordinal);

        Assert.That(Check(TestNotificationUrl, tampered), Is.EqualTo(SignatureCheck.Mismatch));
    }

    [Test]
    public void The_same_json_pretty_printed_fails()
    {
        var pretty = System.Text.Json.JsonSerializer.Serialize(
            System.Text.Json.JsonDocument.Parse(TestNotificationBody).RootElement,
            Indented);

        Assert.That(Check(TestNotificationUrl, pretty), Is.EqualTo(SignatureCheck.Mismatch));
    }

    [Test]
    public void Re_serialising_escapes_angle_brackets_and_so_breaks_the_signature()
    {
        const string body = """{"data":{"type":"webhooks","id":">id<"}}""";
        var reserialised = System.Text.Json.JsonSerializer.Serialize(
            System.Text.Json.JsonDocument.Parse(body).RootElement);

        Assert.That(reserialised, Is.Not.EqualTo(body));
        Assert.That(
            Check(
                "https://webhook.site/webhooks",
                reserialised,
                "Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=",
                "signature-key"),
            Is.EqualTo(SignatureCheck.Mismatch));
    }

    [TestCase("https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9/")]
    [TestCase("http://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9")]
    [TestCase("https://proxy.internal/679a4f3a-dcfa-49ee-bac5-9d0edad886b9")]
    public void Another_notification_url_fails(string url)
    {
        Assert.That(Check(url, TestNotificationBody), Is.EqualTo(SignatureCheck.Mismatch));
    }

    [Test]
    public void Another_key_fails()
    {
        Assert.That(
            Check(TestNotificationUrl, TestNotificationBody, TestNotificationSignature, "Ibxx_5AKakO-3qeNVR61Dx"),
            Is.EqualTo(SignatureCheck.Mismatch));
    }

    [TestCase(null, SignatureCheck.Missing)]
    [TestCase("", SignatureCheck.Missing)]
    [TestCase("   ", SignatureCheck.Missing)]
    [TestCase("not base64 at all!", SignatureCheck.Malformed)]
    [TestCase("c2hvcnQ=", SignatureCheck.Malformed)]
    [TestCase("GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=GF4Y", SignatureCheck.Malformed)]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", SignatureCheck.Malformed)]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", SignatureCheck.Mismatch)]
    public void Empty_garbage_and_wrong_length_signatures_are_refused_without_an_exception(
        string? signature, SignatureCheck expected)
    {
        Assert.That(Check(TestNotificationUrl, TestNotificationBody, signature), Is.EqualTo(expected));
    }

    [Test]
    public void During_rotation_either_key_verifies()
    {
        var body = Encoding.UTF8.GetBytes(TestNotificationBody);

        var withCurrent = SquareWebhookSignature.Check(
            TestNotificationUrl, body, TestNotificationSignature, ["a-new-key-after-rotation", TestNotificationKey]);
        var withNeither = SquareWebhookSignature.Check(
            TestNotificationUrl, body, TestNotificationSignature, ["a-new-key-after-rotation", "an-older-key"]);

        Assert.That(withCurrent, Is.EqualTo(SignatureCheck.Valid));
        Assert.That(withNeither, Is.EqualTo(SignatureCheck.Mismatch));
    }

    private static SignatureCheck Check(
        string url, string body, string? signature = TestNotificationSignature, string key = TestNotificationKey) =>
        SquareWebhookSignature.Check(url, Encoding.UTF8.GetBytes(body), signature, [key]);
}
