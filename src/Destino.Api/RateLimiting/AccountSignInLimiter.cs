using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Destino.Api.RateLimiting;

/// <summary>
/// Limits sign-in attempts per account name, so spreading a password-guessing run over many addresses does not
/// get around the per-address limit. Identity's lockout is the second line behind it.
/// </summary>
internal sealed class AccountSignInLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public AccountSignInLimiter(ClientRateLimits limits, IOptions<RateLimitingOptions> options)
    {
        limiter = PartitionedRateLimiter.Create<string, string>(account =>
            limits.Partition(
                RateLimitingSetup.AuthAccountPolicy,
                account,
                options.Value.For(RateLimitingSetup.AuthAccountPolicy)));
    }

    public ValueTask<RateLimitLease> AcquireAsync(string accountName, CancellationToken cancellationToken) =>
        limiter.AcquireAsync(accountName.Trim().ToUpperInvariant(), 1, cancellationToken);

    public void Dispose() => limiter.Dispose();
}
