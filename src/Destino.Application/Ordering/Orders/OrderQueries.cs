using Destino.Application.Common.Exceptions;
using Destino.Application.Ordering.Models;
using Destino.Domain.Ordering;
using FluentValidation;
using Mediator;

namespace Destino.Application.Ordering.Orders;

/// <summary>Orders, newest first: the customer's own, or every customer's when CustomerId is null (admins).</summary>
public sealed record ListOrdersQuery(Guid? CustomerId, OrderStatus? Status, int Page, int PageSize) : IQuery<OrderPage>;

/// <summary>One order, for its owner or an admin; anyone else is told it does not exist.</summary>
public sealed record GetOrderQuery(Guid OrderId, Guid RequesterId, bool RequesterIsAdmin) : IQuery<OrderModel>;

public sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(query => query.Page).GreaterThanOrEqualTo(1);
        RuleFor(query => query.PageSize).InclusiveBetween(1, 100);
        RuleFor(query => query.Status).IsInEnum().When(query => query.Status is not null);
    }
}

public sealed class OrderQueriesHandler(IOrderingRepository ordering)
    : IQueryHandler<ListOrdersQuery, OrderPage>, IQueryHandler<GetOrderQuery, OrderModel>
{
    public async ValueTask<OrderPage> Handle(ListOrdersQuery query, CancellationToken cancellationToken) =>
        await ordering.ListOrdersAsync(query.CustomerId, query.Status, query.Page, query.PageSize, cancellationToken);

    public async ValueTask<OrderModel> Handle(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await ordering.FindOrderAsync(query.OrderId, cancellationToken);

        // Someone else's order answers exactly like a missing one, so order ids cannot be probed.
        if (order is null || (order.CustomerId != query.RequesterId && !query.RequesterIsAdmin))
        {
            throw new NotFoundException("Order", query.OrderId.ToString());
        }

        return order.ToModel();
    }
}
