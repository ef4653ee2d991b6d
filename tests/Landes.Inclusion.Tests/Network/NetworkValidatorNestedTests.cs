using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Certification;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Json;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Landes.Inclusion.Testing.Network;
using Landes.Inclusion.Training;

namespace Landes.Inclusion.Tests.Network;

// With the library's own nested validators, NetworkValidator runs them in one loop instead of FluentValidation's
// per-item rules (which it keeps for a host's validators). Both must report the same problems, in the same order,
// at the same paths: networks whose places, enrolments and records were edited are validated both ways.
public sealed class NetworkValidatorNestedTests
{
    private static readonly NetworkValidator Fast = new();

    private static readonly NetworkValidator ByRules = new(
        new Forwarding<Place>(new PlaceValidator()), new Forwarding<Enrolment>(new EnrolmentValidator()), new Forwarding<CandidateRecord>(new CandidateRecordValidator()));

    private static readonly JsonDocumentFormat<NetworkDocument> Unvalidated =
        new("network", NetworkDocument.CurrentSchemaVersion, NetworkJsonContext.Default.NetworkDocument);

    [Fact]
    public void EditedNestedDocuments_GiveTheSameProblemsBothWays()
    {
        int compared = 0;
        int withNestedProblems = 0;
        Gen<(NetworkDocument Network, int[] Edits)> cases = Gen.Zip(NetworkGenerators.Network, Gen.Choose(0, 1_000_000).ArrayOf(6));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            JsonNode root = JsonNode.Parse(NetworkJson.Network.Write(c.Network))!;
            List<JsonValue> leaves = [.. Leaves(root["places"]), .. ((JsonArray)root["advisors"]!).SelectMany(a => Leaves(a!["training"]).Concat(Leaves(a["certification"])))];
            foreach (int edit in c.Edits.Take(1 + (c.Edits[0] % 3)))
            {
                if (leaves.Count > 0)
                {
                    Edit(leaves[edit % leaves.Count], edit);
                }
            }

            if (Unvalidated.Read(root.ToJsonString()).Value is not { } network)
            {
                return; // An edit the reader refuses: nothing to validate.
            }

            string[] fast = Problems(Fast.Validate(network));
            string[] byRules = Problems(ByRules.Validate(network));
            Assert.Equal(byRules, fast);
            Assert.Equal(Problems(Within(ByRules).Validate(new Holder(network))), Problems(Within(Fast).Validate(new Holder(network))));
            compared++;
            withNestedProblems += fast.Any(p => p.StartsWith("places[", StringComparison.Ordinal) || p.Contains(".training", StringComparison.Ordinal) || p.Contains(".certification", StringComparison.Ordinal)) ? 1 : 0;
        }));

        Assert.True(compared >= 80, $"{compared} networks compared");
        Assert.True(withNestedProblems >= 20, $"{withNestedProblems} of {compared} networks with a nested problem");
    }

    [Fact]
    public async Task HostValidators_StillRunAsynchronously()
    {
        NetworkDocument network = NetworkGenerators.Network.Sample(1, new FsCheck.Rnd(3), 1)[0];
        var asynchronous = new InlineValidator<Place>();
        asynchronous.RuleFor(p => p.Id).MustAsync(async (id, cancellation) =>
        {
            await Task.Yield();
            return id != "place-1";
        });
        var validator = new NetworkValidator(asynchronous, new EnrolmentValidator(), new CandidateRecordValidator());

        ValidationResult result = await validator.ValidateAsync(network);

        Assert.Contains(result.Errors, e => e.PropertyName == "Places[0].Id");
    }

    // The network as a member of a host's document: its paths start with the host's chain.
    private static InlineValidator<Holder> Within(NetworkValidator validator)
    {
        var host = new InlineValidator<Holder>();
        host.RuleFor(h => h.Network).SetValidator(validator);
        return host;
    }

    private static string[] Problems(ValidationResult result) =>
    [
        .. result.Errors.Select(f => $"{f.PropertyName} {f.ErrorCode} {f.Severity} {f.ErrorMessage} {f.AttemptedValue}"),
        .. ValidationReport.FromFluentValidation(result).Problems.Select(p => $"{p.Path} {p.Code} {p.Severity} {p.Message}"),
    ];

    private static IEnumerable<JsonValue> Leaves(JsonNode? node) => node switch
    {
        JsonValue value => [value],
        JsonObject o => o.SelectMany(p => Leaves(p.Value)),
        JsonArray a => a.SelectMany(Leaves),
        _ => [],
    };

    // Replaces a value by another of the same JSON kind, so that most edited documents still read.
    private static void Edit(JsonValue leaf, int seed)
    {
        JsonNode replacement = leaf.GetValueKind() switch
        {
            JsonValueKind.Number => JsonValue.Create((seed % 7) switch { 0 => -1, 1 => 0, 2 => 1, 3 => 59, 4 => 100_000, _ => seed % 3000 }),
            JsonValueKind.String when DateTime.TryParseExact(leaf.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) =>
                JsonValue.Create(date.AddDays((seed % 4001) - 2000).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            JsonValueKind.String => JsonValue.Create((seed % 3) switch { 0 => " ", 1 => leaf.GetValue<string>() + "x", _ => string.Empty }),
            JsonValueKind.True or JsonValueKind.False => JsonValue.Create(seed % 2 == 0),
            _ => leaf.DeepClone(),
        };
        leaf.ReplaceWith(replacement);
    }

    private sealed record Holder(NetworkDocument Network);

    // A host's validator in the network's eyes: not one of the library's, so the network uses FluentValidation's rules.
    private sealed class Forwarding<T>(IValidator<T> inner) : IValidator<T>
    {
        public ValidationResult Validate(T instance) => inner.Validate(instance);

        public Task<ValidationResult> ValidateAsync(T instance, CancellationToken cancellation = default) => inner.ValidateAsync(instance, cancellation);

        public ValidationResult Validate(IValidationContext context) => inner.Validate(context);

        public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default) => inner.ValidateAsync(context, cancellation);

        public IValidatorDescriptor CreateDescriptor() => inner.CreateDescriptor();

        public bool CanValidateInstancesOfType(Type type) => inner.CanValidateInstancesOfType(type);
    }
}
