using System.Text.RegularExpressions;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Tests.Infrastructure;

namespace Landes.Inclusion.Tests.Diagnostics;

public sealed partial class ProblemCatalogTests
{
    [Fact]
    public void EveryCode_FollowsTheScheme() =>
        Assert.All(ProblemCatalog.All, d => Assert.Matches(CodeScheme(), d.Code));

    [Fact]
    public void EveryCodeConstant_IsDefined()
    {
        // Each module declares its codes in a public static class named after it (TerritoryProblemCodes, …).
        string[] constants = [.. typeof(ProblemCatalog).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("ProblemCodes", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields())
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)];

        Assert.Equal(constants.Length, constants.Distinct().Count());
        Assert.Equal(constants.Order(StringComparer.Ordinal), ProblemCatalog.All.Select(d => d.Code));
    }

    [Fact]
    public void FrenchAndEnglishTemplates_HaveTheSamePlaceholders() =>
        Assert.All(ProblemCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.FrenchTemplate));
            Assert.False(string.IsNullOrWhiteSpace(d.EnglishTemplate));
            Assert.Equal(Placeholders(d.FrenchTemplate), Placeholders(d.EnglishTemplate));
        });

    // Words that mark French prose. Proper names and official French titles quoted as such (Code officiel
    // géographique, La Poste, Médiateur numérique, contrat de projet…) and the term "département" are allowed.
    private static readonly HashSet<string> FrenchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "de", "des", "du", "un", "une", "est", "sont", "pas", "par", "pour", "avec", "sans", "dans", "sur", "ou",
        "et", "au", "aux", "ce", "cette", "qui", "que", "ne", "n'est", "d'un", "d'une", "valeur", "attendu", "attendue",
        "identifiant", "heures", "fin", "début", "ans", "mois", "jours",
    };

    private static readonly string[] AllowedFrenchNames =
        ["Code officiel géographique", "La Poste", "département", "Médiateur numérique", "commune déléguée", "commune associée", "contrat de projet"];

    [Fact]
    public void EveryEnglishMessage_WithSampleArgumentsInEveryKind_HasNoFrenchWords()
    {
        string[] kinds = ["InseeCode", "DepartementCode", "PostalCode", "Siren", "Siret", "EpciId", "RncpCode", "RncpBlockCode", "TitreProfessionnelCode"];
        var offenders = new List<string>();
        foreach (ProblemDefinition definition in ProblemCatalog.All)
        {
            foreach (string kind in kinds)
            {
                var arguments = Regex.Matches(definition.EnglishTemplate, @"\{(\w+)\}").Select(m => m.Groups[1].Value)
                    .Distinct().ToDictionary(name => name, name => name == "kind" ? kind : "X1", StringComparer.Ordinal);
                string message = new Problem(definition, "", arguments).GetMessage(MessageLanguage.English);
                string prose = AllowedFrenchNames.Aggregate(message, (text, name) => text.Replace(name, "", StringComparison.OrdinalIgnoreCase));
                string[] french = [.. Regex.Matches(prose, @"[\p{L}']+").Select(m => m.Value).Where(FrenchWords.Contains)];
                if (french.Length > 0 || prose.Contains('«', StringComparison.Ordinal))
                {
                    offenders.Add($"{definition.Code}: {message} [{string.Join(", ", french)}]");
                }
            }
        }

        Assert.Empty(offenders.Distinct());
    }

    [Fact]
    public void ErrorsDoc_ListsExactlyTheCatalog()
    {
        string doc = RepositoryFiles.ReadAllText("docs/errors.md");
        string[] documented = [.. DocumentedCode().Matches(doc).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(ProblemCatalog.All.Select(d => d.Code), documented);
    }

    [Fact]
    public void Get_UnknownCode_Throws() =>
        Assert.Throws<ArgumentException>(() => ProblemCatalog.Get("LI-XX-999"));

    private static string[] Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"^LI-[A-Z]{2,4}-\d{3}$")]
    private static partial Regex CodeScheme();

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();

    // A code is documented by a table row that starts with it: "| `LI-ID-001` | ...".
    [GeneratedRegex(@"^\| `(LI-[A-Z]+-\d{3})` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
