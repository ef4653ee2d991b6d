using System.Reflection;
using System.Runtime.CompilerServices;

namespace Landes.Inclusion.Tests.Architecture;

/// <summary>
/// Results and domain types are immutable: a public property is read-only or init-only, never set afterwards (not even
/// by the library through an internal setter). Options classes configured by a host are the documented exception.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly HashSet<Type> MutableByDesign = [typeof(Landes.Inclusion.DependencyInjection.LandesInclusionOptions)];

    [Fact]
    public void PublicTypes_HaveNoSetterBesidesInit()
    {
        string[] offenders = [.. typeof(Landes.Inclusion.Diagnostics.Problem).Assembly.GetExportedTypes()
            .Where(t => !MutableByDesign.Contains(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"))];

        Assert.Empty(offenders);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
