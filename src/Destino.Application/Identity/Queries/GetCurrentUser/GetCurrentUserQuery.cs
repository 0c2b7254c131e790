using Destino.Application.Common.Exceptions;
using Mediator;

namespace Destino.Application.Identity.Queries.GetCurrentUser;

public sealed record GetCurrentUserQuery(Guid UserId) : IQuery<UserProfile>;

public sealed class GetCurrentUserHandler(IIdentityService identity) : IQueryHandler<GetCurrentUserQuery, UserProfile>
{
    public async ValueTask<UserProfile> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken) =>
        await identity.FindAsync(query.UserId, cancellationToken)
            ?? throw new NotFoundException("User", query.UserId.ToString());
}
