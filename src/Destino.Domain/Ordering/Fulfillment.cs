using Destino.Domain.Common;

namespace Destino.Domain.Ordering;

public enum FulfillmentMethod
{
    Pickup = 0,
    Delivery = 1,
}

/// <summary>How the order leaves the bakery: picked up at the counter, or delivered to an address.</summary>
public sealed record Fulfillment(
    FulfillmentMethod Method,
    string ContactName,
    string ContactPhone,
    string? DeliveryAddress,
    string? Notes)
{
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 30;
    public const int MaxAddressLength = 300;
    public const int MaxNotesLength = 500;

    public static Fulfillment Create(
        FulfillmentMethod method, string contactName, string contactPhone, string? deliveryAddress, string? notes)
    {
        if (string.IsNullOrWhiteSpace(contactName) || string.IsNullOrWhiteSpace(contactPhone))
        {
            throw new DomainRuleException("An order needs a contact name and phone number.");
        }

        if (method == FulfillmentMethod.Delivery && string.IsNullOrWhiteSpace(deliveryAddress))
        {
            throw new DomainRuleException("A delivery needs an address.");
        }

        return new Fulfillment(
            method,
            contactName.Trim(),
            contactPhone.Trim(),
            method == FulfillmentMethod.Delivery ? deliveryAddress!.Trim() : null,
            string.IsNullOrWhiteSpace(notes) ? null : notes.Trim());
    }
}
