using FsCheck;
using FsCheck.Fluent;

namespace Landes.Inclusion.Tests.Infrastructure;

/// <summary>
/// Runs FsCheck properties from plain xunit facts (used where a property is generic over the type under test). Quiet on
/// success: a test that captures the console (the quick start) must not see another test's "Ok, passed" line.
/// </summary>
internal static class Properties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property) =>
        Check.One(Config, Prop.ForAll(generator.ToArbitrary(), property));

    public static void ForAll<T>(Gen<T> generator, Action<T> property) =>
        Check.One(Config, Prop.ForAll(generator.ToArbitrary(), property));
}
