namespace Destino.Application.Identity;

public static class Roles
{
    public const string Customer = "Customer";

    public const string Admin = "Admin";
}
