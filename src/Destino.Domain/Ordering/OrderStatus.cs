namespace Destino.Domain.Ordering;

public enum OrderStatus
{
    /// <summary>Stock is reserved and the payment has not been answered yet.</summary>
    Pending = 0,

    /// <summary>Square accepted the card but has not completed the payment; its webhook finishes the order.</summary>
    AwaitingPaymentConfirmation = 1,

    Paid = 2,
    Fulfilled = 3,
    PaymentFailed = 4,
    Cancelled = 5,
    Refunded = 6,
}
