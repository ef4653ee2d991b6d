using System.CommandLine;
using System.Globalization;
using Landes.Inclusion.Cli.Documents;
using Landes.Inclusion.Cli.Rendering;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Identifiers;
using Landes.Inclusion.Network;
using Landes.Inclusion.Territory;
using Spectre.Console;

namespace Landes.Inclusion.Cli.Commands;

/// <summary>Where the places of a coverage analysis come from, and how to say so.</summary>
/// <param name="Places">The places.</param>
/// <param name="Description">Where they come from, for the user.</param>
/// <param name="Notice">What the user should know about them (printed on the error output), or null.</param>
internal sealed record PlacesSource(IReadOnlyList<Place> Places, CliText Description, CliText? Notice = null);

/// <summary>
/// <c>coverage</c>: the coverage tables of a territory (thresholds, EPCI, largest gaps, suggestions), in text or JSON,
/// and an SVG map. The core, <see cref="Analyse"/>, takes the list of places; <see cref="DefaultPlaces(DepartementCode)"/> gives it
/// when no file is named.
/// </summary>
internal static class CoverageCommand
{
    private const int GapRows = 10;
    private const double MapMarginDegrees = 0.1;
    private const int MapGaps = 5;

    private static readonly CliText NoPlaces = new(
        "Aucun lieu : aucun réseau n'est embarqué pour ce département. Indiquez un document réseau ou --places FICHIER (lieux JSON, CSV des lieux de médiation numérique ou CSV France Services).",
        "No place: no network is embedded for this département. Give a network document or --places FILE (places JSON, lieux de médiation numérique CSV or France Services CSV).");

    private static readonly CliText SamplePlaces = new(
        "lieux de l'exemple embarqué du réseau des Landes",
        "places of the embedded Landes network sample");

    private static readonly CliText NotPlaces = new(
        "{0} : ni une liste de lieux JSON, ni un CSV des lieux de médiation numérique, ni un CSV France Services.",
        "{0}: neither a places JSON, nor a lieux de médiation numérique CSV, nor a France Services CSV.");

    private static readonly CliText RowsRejected = new(
        "{0} : {1} ligne(s) écartée(s) ; « landes-inclusion validate {0} » les détaille.",
        "{0}: {1} row(s) left out; 'landes-inclusion validate {0}' details them.");

    private static readonly CliText NoPlacesGiven = new("aucun lieu fourni", "no place given");
    private static readonly CliText FromFile = new("lieux lus dans {0}", "places read from {0}");
    private static readonly CliText Title = new("Couverture : {0} — {1} lieux ({2})", "Coverage: {0} — {1} places ({2})");
    private static readonly CliText Population = new("Population (INSEE {0})", "Population (INSEE {0})");
    private static readonly CliText PopulationColumn = new("Population", "Population");
    private static readonly CliText Thresholds = new("Population à moins de… (à vol d'oiseau)", "Population within… (crow-fly)");
    private static readonly CliText Distance = new("Distance", "Distance");
    private static readonly CliText Communes = new("Communes", "Communes");
    private static readonly CliText Share = new("Part", "Share");
    private static readonly CliText Epcis = new("Par EPCI (couvert : à moins de {0} km)", "Per EPCI (covered: within {0} km)");
    private static readonly CliText Epci = new("EPCI", "EPCI");
    private static readonly CliText Places = new("Lieux", "Places");
    private static readonly CliText Advisors = new("Conseillers / 10 000 hab.", "Advisors / 10,000 inh.");
    private static readonly CliText Covered = new("Couvert", "Covered");
    private static readonly CliText Gaps = new("Les plus grands manques", "Largest gaps");
    private static readonly CliText Commune = new("Commune", "Commune");
    private static readonly CliText Insee = new("INSEE", "INSEE");
    private static readonly CliText Inhabitants = new("Habitants", "Inhabitants");
    private static readonly CliText Beyond = new("Au-delà du rayon", "Beyond the radius");
    private static readonly CliText Suggestions = new("{0} lieux suggérés (glouton, population couverte à {1} km)", "{0} suggested places (greedy, population covered within {1} km)");
    private static readonly CliText Rank = new("Rang", "Rank");
    private static readonly CliText Added = new("Population ajoutée", "Added population");
    private static readonly CliText Cumulative = new("Couverture cumulée", "Cumulative coverage");
    private static readonly CliText Computing = new("Calcul des suggestions…", "Computing suggestions…");
    private static readonly CliText MapTitle = new("Couverture : {0}, distance au lieu le plus proche", "Coverage: {0}, distance to the nearest place");
    private static readonly CliText MapSource = new(
        "Sources : INSEE (COG {0}, populations {1}) ; IGN ADMIN EXPRESS (contours simplifiés), Licence Ouverte 2.0 ; lieux fournis ; distances à vol d'oiseau. Landes.Inclusion.",
        "Sources: INSEE (COG {0}, populations {1}); IGN ADMIN EXPRESS (simplified shapes), Licence Ouverte 2.0; places given; crow-fly distances. Landes.Inclusion.");
    private static readonly CliText MapLegend = new("Distance au lieu le plus proche", "Distance to the nearest place");
    private static readonly CliText MapGapsLegend = new("Plus grands manques (numérotés)", "Largest gaps (numbered)");
    private static readonly CliText MapSuggestionsLegend = new("Lieux suggérés (numérotés)", "Suggested places (numbered)");
    private static readonly CliText GapMark = new("Manque n° {0} : {1} ({2}), {3} hab., {4} du lieu le plus proche", "Gap no. {0}: {1} ({2}), {3} inh., {4} from the nearest place");
    private static readonly CliText SuggestionMark = new("Lieu suggéré n° {0} : {1} ({2}), +{3} hab., couverture {4}", "Suggested place no. {0}: {1} ({2}), +{3} inh., coverage {4}");
    private static readonly CliText MapUnknown = new("sans coordonnées", "no coordinates");
    private static readonly CliText TerritoryWord = new("département", "département");
    private static readonly CliText WholeCountry = new("France", "France");
    private static readonly CliText SvgWritten = new("Carte SVG écrite : {0}", "SVG map written: {0}");

    /// <summary>
    /// The places used when no file is named: the embedded Landes network sample's places for its département;
    /// elsewhere an empty list with a message saying why.
    /// </summary>
    internal static PlacesSource DefaultPlaces(DepartementCode departement) => DefaultPlaces(departement, null);

    /// <summary>As <see cref="DefaultPlaces(DepartementCode)"/>, the sample's places staffed on a day (advisors counted from its assignments).</summary>
    internal static PlacesSource DefaultPlaces(DepartementCode departement, NodaTime.LocalDate? staffedOn) =>
        departement == LandesSample.Network.Departement
            ? new(staffedOn is { } day ? LandesSample.Network.PlacesStaffedOn(day) : LandesSample.Network.Places, SamplePlaces)
            : new([], NoPlacesGiven, NoPlaces);

    public static Command Create(NodaTime.IClock clock)
    {
        var places = new Option<string?>("--places")
        {
            Description = "Fichier des lieux : lieux JSON, CSV des lieux de médiation numérique ou CSV France Services (reconnus par leur en-tête). / " +
                "Places file: places JSON, lieux CSV or France Services CSV (recognised by their header).",
        };
        var departement = new Option<DepartementCode>("--departement")
        {
            Description = "Code du département analysé (40 par défaut). / Code of the analysed département (40 by default).",
            DefaultValueFactory = _ => DepartementCode.Landes,
            CustomParser = argument =>
            {
                string text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
                if (DepartementCode.TryParse(text, out DepartementCode code) && Geography.France.TryGetDepartement(code, out _))
                {
                    return code;
                }

                argument.AddError($"--departement : « {text} » n'est pas un département connu. / '{text}' is not a known département.");
                return default;
            },
        };
        var thresholds = new Option<IReadOnlyList<double>>("--thresholds")
        {
            Description = "Seuils de distance en km, séparés par des virgules (5,10,15,20 par défaut). / Distance thresholds in km, comma-separated (default 5,10,15,20).",
            DefaultValueFactory = _ => CoverageOptions.Default.ThresholdsKm,
            CustomParser = argument =>
            {
                string text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
                var values = new List<double>();
                foreach (string part in text.Split(','))
                {
                    if (!double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value > 0) || double.IsInfinity(value))
                    {
                        argument.AddError($"--thresholds : « {text} » n'est pas une liste de distances positives (ex. 5,10,15,20). / '{text}' is not a list of positive distances (e.g. 5,10,15,20).");
                        return [];
                    }

                    values.Add(value);
                }

                return values;
            },
        };
        var suggest = new Option<int?>("--suggest")
        {
            // Parsed here, not by the default parser, so that « abc », « 1.5 » or « 99999999999 » are usage errors.
            CustomParser = argument =>
            {
                string text = argument.Tokens.Count == 1 ? argument.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) && count is >= 1 and <= 100)
                {
                    return count;
                }

                argument.AddError($"--suggest : « {text} » n'est pas un entier entre 1 et 100. / '{text}' is not an integer between 1 and 100.");
                return null;
            },
            Description = "Suggère K nouveaux lieux qui couvriraient le plus d'habitants (en texte, et dans « suggestions » en JSON). / Suggests K new places covering the most inhabitants (in text, and under \"suggestions\" in JSON).",
        };
        var epciThreshold = new Option<double?>("--epci-threshold")
        {
            Description = "Distance en km à laquelle une commune est couverte, pour le tableau par EPCI, les manques et les suggestions (par défaut : le premier seuil donné par --thresholds, sinon 10). / " +
                "Distance in km within which a commune is covered, for the per-EPCI table, the gaps and the suggestions (default: the first of --thresholds when given, else 10).",
        };
        epciThreshold.Validators.Add(r =>
        {
            if (r.GetValue(epciThreshold) is { } value && (!(value > 0) || double.IsInfinity(value)))
            {
                r.AddError("--epci-threshold : une distance positive en km. / a positive distance in km.");
            }
        });
        Option<NodaTime.LocalDate?> asOf = CommonOptions.CreateAsOf();
        Option<string> format = CommonOptions.CreateFormat("text", "json");
        var svg = new Option<string?>("--svg")
        {
            Description = "Écrit une carte SVG : chaque commune par son contour, colorée selon la distance au lieu le plus proche. / Writes an SVG map: each commune by its shape, coloured by the distance to the nearest place.",
        };
        var france = new Option<bool>("--france")
        {
            Description = "Analyse toute la France (34 969 communes) au lieu d'un département ; --suggest affiche alors sa progression. / Analyses the whole of France instead of one département; --suggest then shows its progress.",
        };
        var network = new Argument<string?>("NETWORK.json")
        {
            Description = "Document réseau dont les lieux sont analysés (par défaut : l'exemple des Landes embarqué). / Network document whose places are analysed (default: the embedded Landes sample).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "coverage",
            "Couverture territoriale : part de la population à moins de chaque seuil, par EPCI, plus grands manques, suggestions de lieux, carte SVG.\n" +
            "Territory coverage: population share within each threshold, per EPCI, largest gaps, place suggestions, SVG map.\n" +
            "--format json écrit le résultat de couverture (docs/schemas/coverage-result.schema.json). / writes the coverage result.\n\n" +
            "Exemples / examples:\n  landes-inclusion coverage --suggest 3 --svg landes.svg\n  landes-inclusion coverage reseau.json\n  landes-inclusion coverage --places lieux.json\n" +
            "  landes-inclusion coverage --places france-services.csv --departement 40 --suggest 5 --svg couverture.svg\n" +
            "  landes-inclusion coverage --places lieux.csv --thresholds 5,10 --format json --lang en\n" +
            "  landes-inclusion coverage --france --places france-services.csv --suggest 10");
        command.Arguments.Add(network);
        command.Options.Add(places);
        command.Options.Add(departement);
        command.Options.Add(france);
        command.Options.Add(thresholds);
        command.Options.Add(epciThreshold);
        command.Options.Add(asOf);
        command.Options.Add(suggest);
        command.Options.Add(format);
        command.Options.Add(svg);
        command.SetAction(result =>
        {
            DepartementCode code = result.GetValue(departement);
            // --places wins over the network document; both are read by shape (a network document holds places too).
            NodaTime.LocalDate day = CommonOptions.AsOfOrToday(result, asOf, clock);
            PlacesSource? source = ReadPlaces(result, result.GetValue(places) ?? result.GetValue(network), result.GetValue(france) ? default : code, day, out int exit);
            if (source is null)
            {
                return exit;
            }

            var request = new CoverageRequest(
                result.GetValue(france) ? TerritorySelection.OfCommunes(Geography.France.Communes.Select(c => c.Code)) : TerritorySelection.OfDepartement(code),
                new CoverageOptions { ThresholdsKm = result.GetValue(thresholds)!, CoverageRadiusKm = CoverageRadius(result, thresholds, epciThreshold) },
                result.GetValue(suggest),
                result.GetValue(format) == "json",
                result.GetValue(svg));
            return Analyse(result, source, request);
        });
        return command;
    }

    /// <summary>What to analyse and how to show it.</summary>
    internal sealed record CoverageRequest(TerritorySelection Territory, CoverageOptions Options, int? Suggest, bool Json, string? SvgPath);

    /// <summary>The command's core: analyses the places and prints the tables (or the JSON), and writes the map.</summary>
    internal static int Analyse(ParseResult result, PlacesSource source, CoverageRequest request)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        IAnsiConsole console = ConsoleOutput.Create(result.InvocationConfiguration.Output);
        var analyzer = new CoverageAnalyzer(Geography.France);
        CoverageResult coverage = analyzer.Analyze(request.Territory, source.Places, request.Options);

        PlacementSuggestion? suggestion = null;
        if (request.Suggest is { } count)
        {
            suggestion = console.Profile.Capabilities.Interactive
                ? console.Status().Start(Computing.In(language), _ => analyzer.Suggest(request.Territory, source.Places, count, options: request.Options))
                : analyzer.Suggest(request.Territory, source.Places, count, options: request.Options);
        }

        if (request.Json)
        {
            result.InvocationConfiguration.Output.WriteLine(TerritoryJson.CoverageResult.WriteToString(coverage.WithSuggestions(suggestion)));
        }
        else
        {
            WriteTables(console, coverage, source, language);
            if (suggestion is not null)
            {
                WriteSuggestions(console, suggestion, language);
            }
        }

        if (request.SvgPath is { } path)
        {
            if (!CommandSupport.TryWriteFile(path, Map(coverage, source.Places, suggestion, language), result))
            {
                return CliApplication.UsageError;
            }

            if (!request.Json)
            {
                console.WriteLine(CommandSupport.Format(SvgWritten, language, path));
            }
        }

        return CliApplication.Success;
    }

    // The radius the user chose: --epci-threshold, else the first of --thresholds when given, else the default 10 km.
    private static double CoverageRadius(ParseResult result, Option<IReadOnlyList<double>> thresholds, Option<double?> epciThreshold) =>
        result.GetValue(epciThreshold)
            ?? (result.GetResult(thresholds) is { Implicit: false } && result.GetValue(thresholds) is [var first, ..] ? first : CoverageOptions.Default.CoverageRadiusKm);

    private static PlacesSource? ReadPlaces(ParseResult result, string? file, DepartementCode departement, NodaTime.LocalDate day, out int exit)
    {
        MessageLanguage language = CommonOptions.LanguageOf(result);
        TextWriter error = result.InvocationConfiguration.Error;
        exit = CliApplication.Success;
        if (file is null)
        {
            PlacesSource source = DefaultPlaces(departement, day);
            if (source.Notice is { } notice)
            {
                error.WriteLine(notice.In(language));
            }

            return source;
        }

        if (!CommandSupport.TryReadFile(file, result, out byte[] bytes))
        {
            exit = CliApplication.UsageError;
            return null;
        }

        PlacesRead read = PlaceFiles.Read(bytes, day);
        if (read.Kind is null && !read.Report.Problems.Any())
        {
            error.WriteLine(CommandSupport.Format(NotPlaces, language, file));
            exit = CliApplication.UsageError;
            return null;
        }

        if (read.Places is null)
        {
            CommandSupport.WriteProblems(error, file, read.Report, language);
            exit = CliApplication.Invalid;
            return null;
        }

        if (read.RejectedRows > 0)
        {
            error.WriteLine(CommandSupport.Format(RowsRejected, language, file, read.RejectedRows));
        }

        return new PlacesSource(read.Places, new CliText(CommandSupport.Format(FromFile, MessageLanguage.French, file), CommandSupport.Format(FromFile, MessageLanguage.English, file)));
    }

    private static void WriteTables(IAnsiConsole console, CoverageResult coverage, PlacesSource source, MessageLanguage language)
    {
        console.WriteLine(CommandSupport.Format(Title, language, TerritoryLabel(coverage, language), Numbers.Integer(source.Places.Count, language), source.Description.In(language)));
        console.WriteLine(new CliText(CommandSupport.Format(Population, MessageLanguage.French, coverage.Vintage.PopulationYear), CommandSupport.Format(Population, MessageLanguage.English, coverage.Vintage.PopulationYear))
            .Labelled(language, Numbers.Integer(coverage.Population, language)));

        var thresholds = new Table().Title(Thresholds.In(language))
            .AddColumn(Distance.In(language)).AddColumn(new TableColumn(Communes.In(language)).RightAligned())
            .AddColumn(new TableColumn(PopulationColumn.In(language)).RightAligned()).AddColumn(new TableColumn(Share.In(language)).RightAligned());
        foreach (ThresholdCoverage row in coverage.Thresholds)
        {
            thresholds.AddRow(Numbers.Kilometres(row.ThresholdKm, language), Numbers.Integer(row.Communes, language), Numbers.Integer(row.Population, language), Numbers.Share(row.Share, language));
        }

        console.Write(thresholds);

        var epcis = new Table().Title(CommandSupport.Format(Epcis, language, Numbers.KilometreValue(coverage.CoverageRadiusKm, language)))
            .AddColumn(Epci.In(language)).AddColumn(new TableColumn(PopulationColumn.In(language)).RightAligned())
            .AddColumn(new TableColumn(Places.In(language)).RightAligned()).AddColumn(new TableColumn(Covered.In(language)).RightAligned())
            .AddColumn(new TableColumn(Advisors.In(language)).RightAligned());
        foreach (EpciCoverage row in coverage.Epcis)
        {
            epcis.AddRow(Markup.Escape(row.Name), Numbers.Integer(row.Population, language), Numbers.Integer(row.Places, language), Numbers.Share(row.CoveredShare, language),
                row.AdvisorsPer10000Inhabitants is { } a ? Numbers.Decimal(a, 2, language) : "—");
        }

        console.Write(epcis);

        var gaps = new Table().Title(Gaps.In(language))
            .AddColumn(Commune.In(language)).AddColumn(Insee.In(language)).AddColumn(new TableColumn(Inhabitants.In(language)).RightAligned())
            .AddColumn(new TableColumn(Distance.In(language)).RightAligned()).AddColumn(new TableColumn(Beyond.In(language)).RightAligned());
        foreach (CoverageGap gap in coverage.Gaps.Take(GapRows))
        {
            gaps.AddRow(Markup.Escape(gap.Name), gap.Code.ToString(), Numbers.Integer(gap.Population, language), Numbers.Kilometres(gap.DistanceKm, language), Numbers.Kilometres(gap.ExcessKm, language));
        }

        console.Write(gaps);
    }

    private static void WriteSuggestions(IAnsiConsole console, PlacementSuggestion suggestion, MessageLanguage language)
    {
        var table = new Table().Title(CommandSupport.Format(Suggestions, language, suggestion.Places.Count, Numbers.KilometreValue(suggestion.CoverageRadiusKm, language)))
            .AddColumn(new TableColumn(Rank.In(language)).RightAligned()).AddColumn(Commune.In(language)).AddColumn(Insee.In(language))
            .AddColumn(new TableColumn(Added.In(language)).RightAligned()).AddColumn(new TableColumn(Cumulative.In(language)).RightAligned());
        foreach (SuggestedPlace place in suggestion.Places)
        {
            table.AddRow(Numbers.Integer(place.Rank, language), Markup.Escape(place.Name), place.Commune.ToString(), Numbers.Integer(place.AddedPopulation, language), Numbers.Share(place.CoveredShare, language));
        }

        console.Write(table);
    }

    /// <summary>The SVG map: each commune of the territory by its shape (a circle without one), the places at their coordinates or commune centroid, the largest gaps and the suggested places.</summary>
    internal static string Map(CoverageResult coverage, IReadOnlyList<Place> places, PlacementSuggestion? suggestion, MessageLanguage language)
    {
        Geography geography = Geography.France;
        var communes = coverage.Communes.Select(c =>
        {
            GeoPoint? centroid = geography.TryGetUnit(c.Code, out Territory.Commune? commune) ? commune!.Centroid : null;
            return new MapCommune(c.Code.ToString(), c.Name, centroid?.Latitude ?? double.NaN, centroid?.Longitude ?? double.NaN, c.Population ?? 0, c.DistanceKm);
        }).ToList();
        // Only the places near the territory (within its bounding box widened by a margin): a national list would
        // otherwise stretch the map to the whole country.
        var located = communes.Where(c => !double.IsNaN(c.Latitude)).ToList();
        var marks = new List<MapPlace>();
        if (located.Count > 0)
        {
            double minLat = located.Min(c => c.Latitude) - MapMarginDegrees, maxLat = located.Max(c => c.Latitude) + MapMarginDegrees;
            double minLon = located.Min(c => c.Longitude) - MapMarginDegrees, maxLon = located.Max(c => c.Longitude) + MapMarginDegrees;
            foreach (Place place in places)
            {
                GeoPoint? point = place.Coordinates
                    ?? (geography.TryLocate(place.Commune, out Territory.Commune? commune) ? commune!.Centroid : null);
                if (point is { } p && p.Latitude >= minLat && p.Latitude <= maxLat && p.Longitude >= minLon && p.Longitude <= maxLon)
                {
                    marks.Add(new MapPlace(place.Name, p.Latitude, p.Longitude));
                }
            }
        }

        var gaps = coverage.Gaps.Take(MapGaps).Select((g, i) => Locate(geography, g.Code, CommandSupport.Format(GapMark, language, i + 1, g.Name, g.Code, Numbers.Integer(g.Population, language), Numbers.Kilometres(Math.Round(g.DistanceKm, 1), language))))
            .OfType<MapMark>().ToList();
        var suggested = (suggestion?.Places ?? []).Select(p => Locate(geography, p.Commune, CommandSupport.Format(SuggestionMark, language, p.Rank, p.Name, p.Commune, Numbers.Integer(p.AddedPopulation, language), Numbers.Share(p.CoveredShare, language))))
            .OfType<MapMark>().ToList();
        var texts = new MapTexts(
            CommandSupport.Format(MapTitle, language, TerritoryLabel(coverage, language)),
            CommandSupport.Format(MapSource, language, coverage.Vintage.CogYear, coverage.Vintage.PopulationYear),
            MapLegend.In(language),
            Places.In(language),
            MapUnknown.In(language),
            MapGapsLegend.In(language),
            MapSuggestionsLegend.In(language));
        return CoverageMap.Render(texts, communes, marks, coverage.ThresholdsKm, gaps, suggested, language);
    }

    private static MapMark? Locate(Geography geography, InseeCode code, string title) =>
        geography.TryGetCommune(code, out Territory.Commune? commune) && commune!.Centroid is { } centroid
            ? new MapMark(centroid.Latitude, centroid.Longitude, title)
            : null;

    // The whole country is analysed as the list of all its communes: it has no code of its own.
    private static string TerritoryLabel(CoverageResult coverage, MessageLanguage language) =>
        coverage.TerritoryKind == TerritoryKind.Communes && coverage.TerritoryCode.Length == 0
            ? WholeCountry.In(language)
            : coverage.TerritoryKind == TerritoryKind.Departement ? DepartementNames.Label(coverage.TerritoryCode) : $"{TerritoryWord.In(language)} {coverage.TerritoryCode}";

}
