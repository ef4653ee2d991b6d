using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli;

/// <summary>A text of the tool in French and English; French is the default.</summary>
internal readonly record struct CliText(string French, string English)
{
    public string In(MessageLanguage language) => language == MessageLanguage.English ? English : French;

    /// <summary>"Label : value" in French typography, "Label: value" in English.</summary>
    public string Labelled(MessageLanguage language, object? value) =>
        language == MessageLanguage.English ? $"{English}: {value}" : $"{French} : {value}";
}
