using Destino.Domain.Catalog;
using Destino.Domain.Common;

namespace Destino.Infrastructure.Persistence.Seed;

/// <summary>
/// The sample menu a new developer sees on the embedded default. Prices are in cents. Never inserted in Production.
/// </summary>
internal static class BakeryMenu
{
    public static IReadOnlyList<(Category Category, IReadOnlyList<Product> Products)> Build()
    {
        var empanadas = NewCategory("Empanadas", "empanadas", "Baked to order, crimped by hand, 12 flavours.", 10);
        var alfajores = NewCategory("Alfajores", "alfajores", "Shortbread sandwiches filled with dulce de leche.", 20);
        var sides = NewCategory("Sauces & Sides", "sauces-and-sides", "Chimichurri, salsa criolla and more.", 30);
        var catering = NewCategory("Catering Boxes", "catering-boxes", "Mixed boxes for offices and parties.", 40);

        return
        [
            (empanadas,
            [
                NewProduct(empanadas, "Carne Cortada a Cuchillo", "carne-cortada-a-cuchillo",
                    "Hand-cut beef, onion, egg and green olive, Mendoza style.", 575, 1, 120),
                NewProduct(empanadas, "Pollo al Verdeo", "pollo-al-verdeo",
                    "Chicken braised with scallions and a touch of cream.", 550, 2, 120),
                NewProduct(empanadas, "Jamón y Queso", "jamon-y-queso",
                    "Smoked ham and mozzarella.", 525, 3, 100),
                NewProduct(empanadas, "Humita", "humita",
                    "Sweet corn, onion and bechamel, the vegetarian favourite.", 525, 4, 100),
                NewProduct(empanadas, "Caprese", "caprese",
                    "Tomato, mozzarella and basil.", 525, 5, 80),
                NewProduct(empanadas, "Espinaca y Ricota", "espinaca-y-ricota",
                    "Spinach, ricotta and parmesan.", 525, 6, 80),
                NewProduct(empanadas, "Carne Picante", "carne-picante",
                    "Ground beef with red pepper flakes and cumin.", 575, 7, 100),
                NewProduct(empanadas, "Cuatro Quesos", "cuatro-quesos",
                    "Mozzarella, provolone, blue cheese and parmesan.", 550, 8, 80),
                NewProduct(empanadas, "Calabaza y Queso de Cabra", "calabaza-y-queso-de-cabra",
                    "Roasted butternut squash and goat cheese.", 550, 9, 60),
                NewProduct(empanadas, "Vegan Lentil", "vegan-lentil",
                    "Lentils, peppers and smoked paprika in a vegan dough.", 550, 10, 60),
            ]),
            (alfajores,
            [
                NewProduct(alfajores, "Alfajor de Maicena", "alfajor-de-maicena",
                    "Cornstarch shortbread, dulce de leche, coconut rim.", 350, 1, 200),
                NewProduct(alfajores, "Alfajor de Chocolate", "alfajor-de-chocolate",
                    "Cocoa cookies dipped in dark chocolate.", 400, 2, 150),
                NewProduct(alfajores, "Alfajor de Nuez", "alfajor-de-nuez",
                    "Walnut shortbread with a dulce de leche centre.", 400, 3, 100),
                NewProduct(alfajores, "Alfajores Half Dozen", "alfajores-half-dozen",
                    "Six alfajores, baker's choice, in a gift box.", 2000, 4, 40),
            ]),
            (sides,
            [
                NewProduct(sides, "Chimichurri", "chimichurri",
                    "Parsley, oregano, garlic and red wine vinegar, 4 oz.", 250, 1, null),
                NewProduct(sides, "Salsa Criolla", "salsa-criolla",
                    "Onion, tomato and bell pepper relish, 4 oz.", 250, 2, null),
                NewProduct(sides, "Llajua Picante", "llajua-picante",
                    "Hot tomato and locoto pepper sauce, 4 oz.", 275, 3, null),
                NewProduct(sides, "Ensalada Rusa", "ensalada-rusa",
                    "Potato, carrot and pea salad, 8 oz.", 650, 4, 30),
                NewProduct(sides, "Dulce de Leche Jar", "dulce-de-leche-jar",
                    "Slow-cooked milk caramel, 8 oz jar.", 900, 5, 25),
            ]),
            (catering,
            [
                NewProduct(catering, "Office Box (12)", "office-box-12",
                    "A dozen assorted empanadas with two sauces.", 6200, 1, 20),
                NewProduct(catering, "Party Box (24)", "party-box-24",
                    "Two dozen assorted empanadas with four sauces.", 11900, 2, 10),
                NewProduct(catering, "Vegetarian Box (12)", "vegetarian-box-12",
                    "A dozen vegetarian empanadas with chimichurri.", 5900, 3, 10),
                NewProduct(catering, "Dessert Box", "dessert-box",
                    "Eighteen mini alfajores for the table.", 4500, 4, 10),
            ]),
        ];
    }

    private static Category NewCategory(string name, string slug, string description, int sortOrder) =>
        new(Guid.CreateVersion7(), name, slug, description, sortOrder);

    private static Product NewProduct(
        Category category,
        string name,
        string slug,
        string description,
        long priceInCents,
        int sortOrder,
        int? dailyStock) =>
        new(
            Guid.CreateVersion7(),
            category.Id,
            new ProductAttributes(
                name,
                slug,
                description,
                Money.Usd(priceInCents),
                ImageUrl: $"https://images.destino.example/menu/{slug}.jpg",
                IsAvailable: true,
                dailyStock,
                sortOrder));
}
