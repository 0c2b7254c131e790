using System.Security.Cryptography;
using System.Text;
using Destino.Application.Ordering.Models;
using Destino.Domain.Ordering;
using FluentValidation;
using Mediator;

namespace Destino.Application.Ordering.Checkout;

/// <summary>
/// Pays for the customer's cart with a card token from Square's Web Payments SDK. The Idempotency-Key makes a
/// retried request find the order the first one placed.
/// </summary>
public sealed record CheckoutCommand(
    Guid CustomerId,
    string IdempotencyKey,
    string SourceId,
    FulfillmentMethod FulfillmentMethod,
    string ContactName,
    string ContactPhone,
    string? DeliveryAddress,
    string? Notes) : ICommand<OrderModel>
{
    /// <summary>A hash of everything the client sent, to tell a true retry from a reused key.</summary>
    public string RequestFingerprint()
    {
        var request = string.Join(
            '\u001f', SourceId, FulfillmentMethod, ContactName, ContactPhone, DeliveryAddress, Notes);

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request)));
    }

    public override string ToString() =>
        $"{nameof(CheckoutCommand)} {{ CustomerId = {CustomerId}, IdempotencyKey = {IdempotencyKey} }}";
}

public sealed class CheckoutValidator : AbstractValidator<CheckoutCommand>
{
    public CheckoutValidator()
    {
        RuleFor(command => command.IdempotencyKey)
            .NotEmpty()
            .MaximumLength(CheckoutAttempt.MaxKeyLength)
            .WithName("Idempotency-Key");
        RuleFor(command => command.SourceId).NotEmpty().MaximumLength(512);
        RuleFor(command => command.FulfillmentMethod).IsInEnum();
        RuleFor(command => command.ContactName).NotEmpty().MaximumLength(Fulfillment.MaxNameLength);
        RuleFor(command => command.ContactPhone).NotEmpty().MaximumLength(Fulfillment.MaxPhoneLength);
        RuleFor(command => command.DeliveryAddress)
            .NotEmpty()
            .When(command => command.FulfillmentMethod == FulfillmentMethod.Delivery)
            .WithMessage("A delivery needs an address.");
        RuleFor(command => command.DeliveryAddress).MaximumLength(Fulfillment.MaxAddressLength);
        RuleFor(command => command.Notes).MaximumLength(Fulfillment.MaxNotesLength);
    }
}
