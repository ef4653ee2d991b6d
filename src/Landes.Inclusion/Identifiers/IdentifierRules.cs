using FluentValidation;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Validation;

namespace Landes.Inclusion.Identifiers;

/// <summary>FluentValidation rules for identifiers, shared by every validator of the library and open to yours.</summary>
public static class IdentifierRules
{
    /// <summary>
    /// Rejects the <c>default</c> value of an identifier (which is not an identifier) with the code
    /// <see cref="IdentifierProblemCodes.Uninitialized"/>.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="rule">The rule builder.</param>
    /// <returns>The rule builder, for chaining.</returns>
    public static IRuleBuilderOptions<T, TId> IsSet<T, TId>(this IRuleBuilder<T, TId> rule)
        where TId : struct, IIdentifier<TId>
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(id => !id.IsDefault)
            .WithProblem(IdentifierProblemDefinitions.Uninitialized, _ => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = IdentifierText.KindKey<TId>(),
            });
    }
}
