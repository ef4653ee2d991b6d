namespace Landes.Inclusion.Diagnostics;

/// <summary>Builds a problem's message arguments from name–value pairs: the one helper every module uses.</summary>
internal static class ProblemArguments
{
    public static Dictionary<string, string> Of(params (string Name, string Value)[] arguments)
    {
        var dictionary = new Dictionary<string, string>(arguments.Length, StringComparer.Ordinal);
        foreach ((string name, string value) in arguments)
        {
            dictionary[name] = value;
        }

        return dictionary;
    }
}
