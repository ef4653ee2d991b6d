using FsCheck;
using FsCheck.Fluent;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;

namespace Landes.Inclusion.Testing.Identifiers;

/// <summary>
/// FsCheck generators of the French identifiers: valid values spread over every form the law allows (Corsica,
/// overseas, La Poste establishments), and texts with exactly one known defect with the code it must produce.
/// </summary>
/// <remarks>Generators build values in range rather than filtering, so they never exhaust FsCheck's discard budget.</remarks>
public static class IdentifierGenerators
{
    private static readonly string[] MetropolitanDepartements =
        [.. Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)), "2A", "2B"];

    private static readonly string[] OverseasParts = ["971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989"];

    // Declared first: static initializers run in textual order and the generators below use it.
    private static Gen<string> SirenText { get; } = DigitString(8).Select(WithLuhnKey);

    /// <summary>Gets a generator of valid département and collectivity codes.</summary>
    public static Gen<DepartementCode> DepartementCode { get; } =
        Gen.Elements([.. MetropolitanDepartements, .. OverseasParts]).Select(Landes.Inclusion.Identifiers.DepartementCode.Parse);

    /// <summary>Gets a generator of valid INSEE commune codes, metropolitan, Corsican and overseas.</summary>
    public static Gen<InseeCode> InseeCode { get; } = Gen.OneOf(
            from dep in Gen.Elements(MetropolitanDepartements)
            from number in Gen.Choose(1, 999)
            select dep + Digits(number, 3),
            from dep in Gen.Elements(OverseasParts)
            from number in Gen.Choose(1, 99)
            select dep + Digits(number, 2))
        .Select(Landes.Inclusion.Identifiers.InseeCode.Parse);

    /// <summary>Gets a generator of valid SIREN numbers (La Poste's among them).</summary>
    public static Gen<Siren> Siren { get; } = Gen.Frequency(
        (9, SirenText.Select(Landes.Inclusion.Identifiers.Siren.Parse)),
        (1, Gen.Constant(Landes.Inclusion.Identifiers.Siren.LaPoste)));

    /// <summary>Gets a generator of valid SIRET numbers, including La Poste establishments valid only by the digit-sum rule.</summary>
    public static Gen<Siret> Siret { get; } = Gen.Frequency(
        (8, from siren in SirenText from nic in DigitString(4) select WithLuhnKey(siren + nic)),
        (2, from nic in DigitString(4) select WithLaPosteKey("356000000" + nic)))
        .Select(Landes.Inclusion.Identifiers.Siret.Parse);

    /// <summary>Gets a generator of valid postal codes (01000–98999).</summary>
    public static Gen<PostalCode> PostalCode { get; } =
        Gen.Choose(1000, 98999).Select(n => Landes.Inclusion.Identifiers.PostalCode.Parse(Digits(n, 5)));

    /// <summary>Gets a generator of valid RNCP certification codes.</summary>
    public static Gen<RncpCode> RncpCode { get; } = Gen.Choose(1, 999_999).Select(Landes.Inclusion.Identifiers.RncpCode.FromNumber);

    /// <summary>Gets a generator of valid RNCP block codes.</summary>
    public static Gen<RncpBlockCode> RncpBlockCode { get; } =
        from code in RncpCode
        from block in Gen.Choose(1, 99)
        select Landes.Inclusion.Identifiers.RncpBlockCode.Create(code, block);

    /// <summary>Gets a generator of valid titre professionnel codes.</summary>
    public static Gen<TitreProfessionnelCode> TitreProfessionnelCode { get; } =
        Gen.Choose(1, 99999).Select(n => Landes.Inclusion.Identifiers.TitreProfessionnelCode.Parse("TP-" + Digits(n, 5)));

    /// <summary>Gets a generator of valid EPCI identifiers.</summary>
    public static Gen<EpciId> EpciId { get; } =
        SirenText.Select(s => Landes.Inclusion.Identifiers.EpciId.FromSiren(Landes.Inclusion.Identifiers.Siren.Parse(s)));

    /// <summary>Gets a generator of texts that are not valid INSEE commune codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveInseeCode { get; } = Gen.OneOf(
        InseeCode.Select(c => new DefectiveText(c.ToString()[..4], IdentifierProblemCodes.InseeCodeFormat, "one character short")),
        InseeCode.Select(c => new DefectiveText(c.ToString() + "0", IdentifierProblemCodes.InseeCodeFormat, "one character too many")),
        from c in InseeCode from letter in Gen.Elements('X', 'O', 'l') select new DefectiveText(c.ToString()[..4] + letter, IdentifierProblemCodes.InseeCodeFormat, "a letter in the commune number"),
        Gen.Elements("00", "20", "96", "99").SelectMany(d => Gen.Choose(1, 999).Select(n => new DefectiveText(d + Digits(n, 3), IdentifierProblemCodes.InseeCodeRange, "no such département"))),
        Gen.Elements("970", "979", "980", "985").SelectMany(d => Gen.Choose(1, 99).Select(n => new DefectiveText(d + Digits(n, 2), IdentifierProblemCodes.InseeCodeRange, "no such overseas part"))),
        Gen.Elements(MetropolitanDepartements).Select(d => new DefectiveText(d + "000", IdentifierProblemCodes.InseeCodeRange, "commune number zero")),
        Gen.Constant(new DefectiveText("   ", IdentifierProblemCodes.Empty, "only spaces")));

    /// <summary>Gets a generator of texts that are not valid département codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveDepartementCode { get; } = Gen.OneOf(
        Gen.Elements("1", "4", "2C", "A2", "0400", "4O").Select(t => new DefectiveText(t, IdentifierProblemCodes.DepartementCodeFormat, "not 2 or 3 digits")),
        Gen.Elements("00", "20", "96", "97", "98", "99", "970", "979", "985", "990").Select(t => new DefectiveText(t, IdentifierProblemCodes.DepartementCodeRange, "no such département")),
        Gen.Constant(new DefectiveText(string.Empty, IdentifierProblemCodes.Empty, "empty")));

    /// <summary>Gets a generator of texts that are not valid SIREN numbers, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveSiren { get; } = DefectiveLuhnNumber(SirenText, IdentifierProblemCodes.SirenFormat, IdentifierProblemCodes.SirenChecksum);

    /// <summary>Gets a generator of texts that are not valid EPCI identifiers, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveEpciId { get; } = DefectiveLuhnNumber(SirenText, IdentifierProblemCodes.EpciIdFormat, IdentifierProblemCodes.EpciIdChecksum);

    /// <summary>Gets a generator of texts that are not valid SIRET numbers, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveSiret { get; } = Gen.Frequency(
        (4, DefectiveLuhnNumber(
            from siren in SirenText.Where(s => s != "356000000") from nic in DigitString(4) select WithLuhnKey(siren + nic),
            IdentifierProblemCodes.SiretFormat,
            IdentifierProblemCodes.SiretChecksum)),
        (1, from siren in SirenText
            from position in Gen.Choose(0, 8)
            from shift in Gen.Choose(1, 9)
            from nic in DigitString(4)
            select new DefectiveText(WithLuhnKey(ReplaceDigit(siren, position, shift) + nic), IdentifierProblemCodes.SiretSirenChecksum, "the SIREN part fails its key, the fourteen digits pass")));

    /// <summary>Gets a generator of texts that are not valid postal codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectivePostalCode { get; } = Gen.OneOf(
        Gen.Choose(1000, 9999).Select(n => new DefectiveText(n.ToString(System.Globalization.CultureInfo.InvariantCulture), IdentifierProblemCodes.PostalCodeFormat, "four digits")),
        Gen.Choose(0, 999).Select(n => new DefectiveText(Digits(n, 5), IdentifierProblemCodes.PostalCodeRange, "below 01000")),
        Gen.Choose(99000, 99999).Select(n => new DefectiveText(Digits(n, 5), IdentifierProblemCodes.PostalCodeRange, "above 98999")),
        PostalCode.Select(p => new DefectiveText(p.ToString()[..4] + "A", IdentifierProblemCodes.PostalCodeFormat, "a letter")));

    /// <summary>Gets a generator of texts that are not valid RNCP codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveRncpCode { get; } = Gen.OneOf(
        RncpCode.Select(c => new DefectiveText("rncp" + c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), IdentifierProblemCodes.RncpCodeFormat, "lower-case prefix")),
        RncpCode.Select(c => new DefectiveText("RNCP0" + c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), IdentifierProblemCodes.RncpCodeFormat, "leading zero")),
        Gen.Choose(1_000_000, int.MaxValue).Select(n => new DefectiveText("RNCP" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), IdentifierProblemCodes.RncpCodeFormat, "more than six digits")),
        RncpCode.Select(c => new DefectiveText(c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), IdentifierProblemCodes.RncpCodeFormat, "no prefix")));

    /// <summary>Gets a generator of texts that are not valid RNCP block codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveRncpBlockCode { get; } = Gen.OneOf(
        RncpBlockCode.Select(c => new DefectiveText(c.ToString()[..^1], IdentifierProblemCodes.RncpBlockCodeFormat, "one-digit block")),
        RncpCode.Select(c => new DefectiveText(c + "BC00", IdentifierProblemCodes.RncpBlockCodeFormat, "block zero")),
        RncpCode.Select(c => new DefectiveText(c.ToString(), IdentifierProblemCodes.RncpBlockCodeFormat, "no block part")),
        RncpBlockCode.Select(c => new DefectiveText(c.ToString().Replace("BC", "bc", StringComparison.Ordinal), IdentifierProblemCodes.RncpBlockCodeFormat, "lower-case bc")));

    /// <summary>Gets a generator of texts that are not valid titre professionnel codes, each with the code it must produce.</summary>
    public static Gen<DefectiveText> DefectiveTitreProfessionnelCode { get; } = Gen.OneOf(
        TitreProfessionnelCode.Select(c => new DefectiveText("TP" + c.ToString()[3..], IdentifierProblemCodes.TitreProfessionnelCodeFormat, "no hyphen")),
        TitreProfessionnelCode.Select(c => new DefectiveText(c.ToString()[..^1], IdentifierProblemCodes.TitreProfessionnelCodeFormat, "four digits")),
        TitreProfessionnelCode.Select(c => new DefectiveText("tp" + c.ToString()[2..], IdentifierProblemCodes.TitreProfessionnelCodeFormat, "lower-case prefix")),
        Gen.Constant(new DefectiveText("TP-00000", IdentifierProblemCodes.TitreProfessionnelCodeFormat, "number zero")));

    private static Gen<DefectiveText> DefectiveLuhnNumber(Gen<string> valid, string formatCode, string checksumCode) => Gen.OneOf(
        // Changing one digit always breaks a Luhn key: the doubled digits map 0-9 one-to-one.
        from text in valid
        from position in Gen.Choose(0, text.Length - 1)
        from shift in Gen.Choose(1, 9)
        select new DefectiveText(ReplaceDigit(text, position, shift), checksumCode, "one digit changed"),
        valid.Select(t => new DefectiveText(t[..^1], formatCode, "one digit short")),
        valid.Select(t => new DefectiveText(t + "0", formatCode, "one digit too many")),
        from text in valid from position in Gen.Choose(0, text.Length - 1) select new DefectiveText(text[..position] + "O" + text[(position + 1)..], formatCode, "a letter O for a zero"));

    private static string ReplaceDigit(string text, int position, int shift) =>
        text[..position] + (char)('0' + ((text[position] - '0' + shift) % 10)) + text[(position + 1)..];

    private static Gen<string> DigitString(int length) =>
        Gen.ArrayOf(Gen.Choose(0, 9), length).Select(d => string.Concat(d.Select(x => (char)('0' + x))));

    private static string Digits(int number, int width) =>
        number.ToString("D" + width.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Appends the Luhn check digit that makes the whole number valid.</summary>
    private static string WithLuhnKey(string digits)
    {
        for (char key = '0'; key <= '9'; key++)
        {
            string candidate = digits + key;
            if (LuhnSum(candidate) % 10 == 0)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Unreachable: one of ten keys always completes a Luhn number.");
    }

    /// <summary>Appends the last digit that makes the digit sum a multiple of 5 (La Poste's rule).</summary>
    private static string WithLaPosteKey(string digits)
    {
        int sum = digits.Sum(c => c - '0');
        return digits + (char)('0' + ((5 - (sum % 5)) % 5));
    }

    private static int LuhnSum(string digits)
    {
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d;
        }

        return sum;
    }
}
