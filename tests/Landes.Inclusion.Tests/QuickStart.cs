#pragma warning disable CA1303 // The quick start prints literals on purpose.
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Tests;

internal static class QuickStart
{
    public static void Run()
    {
        // README:begin
        // Identifiers parse without exceptions and say why they are wrong.
        InseeCode montDeMarsan = InseeCode.Parse("40192");
        Console.WriteLine($"{montDeMarsan} is in département {montDeMarsan.Departement}");

        if (!Siret.TryParse("20003043500124", out Siret _, out Problem? problem))
        {
            Problem located = problem.Under("structures[0].siret");
            Console.WriteLine(located);                                   // French by default
            Console.WriteLine(located.GetMessage(MessageLanguage.English));
        }
        // README:end
    }
}
