using System.Globalization;
using System.Xml;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>A commune on the coverage map: its centroid, population and distance to the nearest place (null: unknown).</summary>
internal sealed record MapCommune(string Code, string Name, double Latitude, double Longitude, int Population, double? DistanceKm);

/// <summary>A place on the coverage map.</summary>
internal sealed record MapPlace(string Name, double Latitude, double Longitude);

/// <summary>A numbered mark on the map (a largest gap, a suggested place), with its accessible title.</summary>
internal sealed record MapMark(double Latitude, double Longitude, string Title);

/// <summary>The texts of a map, in the map's language.</summary>
internal sealed record MapTexts(string Title, string Source, string Legend, string Places, string Unknown, string Gaps, string Suggestions);

/// <summary>
/// Draws a self-contained SVG choropleth of a territory's coverage: each commune drawn with its shape (embedded,
/// <see cref="CommuneShapes"/>) and filled by the crow-fly distance class to the nearest place, a circle only for a
/// commune without a shape; the places, the names of the main towns, the largest gaps numbered, the suggested places
/// when there are any; legend, scale bar, title and source line. Every shape and mark has a <c>title</c>. No external
/// resource (fonts, scripts, images) is referenced, and the same input gives the same bytes.
/// </summary>
internal static class CoverageMap
{
    private const double Width = 900;
    private const double Height = 900;
    private const double Margin = 60;
    private const double LegendHeight = 150;
    private const double KmPerDegreeLatitude = 111.195; // mean Earth radius 6,371 km
    private const int TownNames = 8;

    // A sequential palette from well covered (green) to far (red); grey for "no coordinates".
    private static readonly string[] Palette = ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027"];
    private const string NoDataColour = "#bdbdbd";
    private const string PlaceColour = "#2b2b8c";
    private const string GapColour = "#7b0000";
    private const string SuggestionColour = "#6a1b9a";

    private static readonly double[] ScaleSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

    public static string Render(
        MapTexts texts,
        IReadOnlyList<MapCommune> communes,
        IReadOnlyList<MapPlace> places,
        IReadOnlyList<double> thresholdsKm,
        IReadOnlyList<MapMark> gaps,
        IReadOnlyList<MapMark> suggestions,
        MessageLanguage language)
    {
        var located = communes.Where(c => !double.IsNaN(c.Latitude) && !double.IsNaN(c.Longitude)).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var shapes = new Dictionary<string, IReadOnlyList<IReadOnlyList<ShapePoint>>>(StringComparer.Ordinal);
        foreach (MapCommune commune in communes)
        {
            if (CommuneShapes.TryGet(commune.Code, out IReadOnlyList<IReadOnlyList<ShapePoint>> rings) && rings.Count > 0)
            {
                shapes[commune.Code] = rings;
            }
        }

        IEnumerable<(double Latitude, double Longitude)> extent = located.Select(c => (c.Latitude, c.Longitude))
            .Concat(shapes.Values.SelectMany(r => r).SelectMany(r => r).Select(p => (p.Latitude, p.Longitude)))
            .Concat(places.Select(p => (p.Latitude, p.Longitude)));
        Projection projection = Projection.Fit(extent);

        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using var text = new Utf8StringWriter();
        using (XmlWriter svg = XmlWriter.Create(text, settings))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            svg.WriteAttributeString("width", F(Width));
            svg.WriteAttributeString("height", F(Height + LegendHeight));
            svg.WriteAttributeString("viewBox", $"0 0 {F(Width)} {F(Height + LegendHeight)}");
            svg.WriteAttributeString("font-family", "sans-serif");
            svg.WriteAttributeString("role", "img");
            svg.WriteAttributeString("aria-label", texts.Title);
            Element(svg, "title", texts.Title);
            Rect(svg, 0, 0, Width, Height + LegendHeight, "#ffffff");
            Text(svg, Margin, 36, texts.Title, 20, "bold");

            svg.WriteStartElement("g");
            svg.WriteAttributeString("id", "communes");
            svg.WriteAttributeString("stroke", "#ffffff");
            svg.WriteAttributeString("stroke-width", "0.4");
            svg.WriteAttributeString("stroke-linejoin", "round");
            var drawn = located.Select(c => c.Code).Concat(shapes.Keys).ToHashSet(StringComparer.Ordinal);
            foreach (MapCommune commune in communes.Where(c => drawn.Contains(c.Code)).OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                if (shapes.TryGetValue(commune.Code, out IReadOnlyList<IReadOnlyList<ShapePoint>>? rings))
                {
                    svg.WriteStartElement("path");
                    svg.WriteAttributeString("d", PathData(rings, projection));
                    svg.WriteAttributeString("fill-rule", "evenodd");
                }
                else
                {
                    // No shape for this code: a small circle at its centre.
                    (double x, double y) = projection.Project(commune.Latitude, commune.Longitude);
                    svg.WriteStartElement("circle");
                    svg.WriteAttributeString("cx", F(x));
                    svg.WriteAttributeString("cy", F(y));
                    svg.WriteAttributeString("r", "3");
                    svg.WriteAttributeString("stroke", "#555555");
                }

                svg.WriteAttributeString("fill", ColourOf(commune.DistanceKm, thresholdsKm));
                svg.WriteAttributeString("data-insee", commune.Code);
                Element(svg, "title", CommuneTitle(commune, texts.Unknown, language));
                svg.WriteEndElement();
            }

            svg.WriteEndElement();

            svg.WriteStartElement("g");
            svg.WriteAttributeString("id", "places");
            foreach (MapPlace place in places)
            {
                (double x, double y) = projection.Project(place.Latitude, place.Longitude);
                svg.WriteStartElement("path");
                svg.WriteAttributeString("d", $"M {F(x)} {F(y - 6)} L {F(x + 5)} {F(y + 4)} L {F(x - 5)} {F(y + 4)} Z");
                svg.WriteAttributeString("fill", PlaceColour);
                svg.WriteAttributeString("stroke", "#ffffff");
                svg.WriteAttributeString("stroke-width", "0.8");
                Element(svg, "title", place.Name);
                svg.WriteEndElement();
            }

            svg.WriteEndElement();
            WriteNumberedMarks(svg, "gaps", gaps, projection, GapColour, circle: true);
            WriteNumberedMarks(svg, "suggestions", suggestions, projection, SuggestionColour, circle: false);
            WriteTownNames(svg, located, projection);
            WriteLegend(svg, thresholdsKm, texts, gaps.Count > 0, suggestions.Count > 0, language);
            WriteScaleBar(svg, projection, language);
            Text(svg, Margin, Height + LegendHeight - 12, texts.Source, 11, "normal");
            svg.WriteEndElement();
        }

        return text.ToString();
    }

    /// <summary>The accessible title of a commune's shape: « Sanguinet (40287) : 4 741 hab., 14,4 km ».</summary>
    internal static string CommuneTitle(MapCommune commune, string unknownLabel, MessageLanguage language)
    {
        string distance = commune.DistanceKm is { } d ? Numbers.Kilometres(Math.Round(d, 1), language) : unknownLabel;
        return language == MessageLanguage.English
            ? $"{commune.Name} ({commune.Code}): {Numbers.Integer(commune.Population, language)} inh., {distance}"
            : $"{commune.Name} ({commune.Code}) : {Numbers.Integer(commune.Population, language)} hab., {distance}";
    }

    // Compact path data: the first point absolute, then relative moves, to a tenth of a pixel; a move that rounds to
    // nothing is dropped. Rounding is done on absolute positions so that errors do not add up.
    private static string PathData(IReadOnlyList<IReadOnlyList<ShapePoint>> rings, Projection projection)
    {
        var d = new System.Text.StringBuilder();
        foreach (IReadOnlyList<ShapePoint> ring in rings)
        {
            long px = 0, py = 0;
            for (int i = 0; i < ring.Count; i++)
            {
                (double x, double y) = projection.Project(ring[i].Latitude, ring[i].Longitude);
                long tx = (long)Math.Round(x * 10), ty = (long)Math.Round(y * 10);
                if (i == 0)
                {
                    d.Append('M').Append(Tenths(tx)).Append(' ').Append(Tenths(ty));
                }
                else if (tx != px || ty != py)
                {
                    string dx = Tenths(tx - px), dy = Tenths(ty - py);
                    d.Append(i == 1 ? "l" : (dx[0] == '-' ? string.Empty : " ")).Append(dx).Append(dy[0] == '-' ? string.Empty : " ").Append(dy);
                }
                else
                {
                    continue;
                }

                (px, py) = (tx, ty);
            }

            d.Append('z');
        }

        return d.ToString();
    }

    private static string Tenths(long value)
    {
        string sign = value < 0 ? "-" : string.Empty;
        long abs = Math.Abs(value);
        return abs % 10 == 0
            ? sign + (abs / 10).ToString(CultureInfo.InvariantCulture)
            : sign + (abs / 10).ToString(CultureInfo.InvariantCulture) + "." + (abs % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteNumberedMarks(XmlWriter svg, string id, IReadOnlyList<MapMark> marks, Projection projection, string colour, bool circle)
    {
        if (marks.Count == 0)
        {
            return;
        }

        svg.WriteStartElement("g");
        svg.WriteAttributeString("id", id);
        for (int i = 0; i < marks.Count; i++)
        {
            (double x, double y) = projection.Project(marks[i].Latitude, marks[i].Longitude);
            svg.WriteStartElement("g");
            svg.WriteAttributeString("class", id);
            Element(svg, "title", marks[i].Title);
            if (circle)
            {
                svg.WriteStartElement("circle");
                svg.WriteAttributeString("cx", F(x));
                svg.WriteAttributeString("cy", F(y));
                svg.WriteAttributeString("r", "9");
                svg.WriteAttributeString("fill", "none");
                svg.WriteAttributeString("stroke", colour);
                svg.WriteAttributeString("stroke-width", "2.5");
                svg.WriteEndElement();
            }
            else
            {
                svg.WriteStartElement("path");
                svg.WriteAttributeString("d", $"M {F(x)} {F(y - 9)} L {F(x + 9)} {F(y)} L {F(x)} {F(y + 9)} L {F(x - 9)} {F(y)} Z");
                svg.WriteAttributeString("fill", colour);
                svg.WriteAttributeString("stroke", "#ffffff");
                svg.WriteAttributeString("stroke-width", "1");
                svg.WriteEndElement();
            }

            svg.WriteStartElement("text");
            svg.WriteAttributeString("x", F(x + 11));
            svg.WriteAttributeString("y", F(y - 7));
            svg.WriteAttributeString("font-size", "12");
            svg.WriteAttributeString("font-weight", "bold");
            svg.WriteAttributeString("fill", colour);
            svg.WriteAttributeString("stroke", "#ffffff");
            svg.WriteAttributeString("stroke-width", "3");
            svg.WriteAttributeString("paint-order", "stroke");
            svg.WriteString((i + 1).ToString(CultureInfo.InvariantCulture));
            svg.WriteEndElement();
            svg.WriteEndElement();
        }

        svg.WriteEndElement();
    }

    // The names of the most populous communes, at their centre, with a white halo.
    private static void WriteTownNames(XmlWriter svg, IReadOnlyList<MapCommune> located, Projection projection)
    {
        svg.WriteStartElement("g");
        svg.WriteAttributeString("id", "towns");
        svg.WriteAttributeString("font-size", "12");
        svg.WriteAttributeString("text-anchor", "middle");
        svg.WriteAttributeString("aria-hidden", "true");
        foreach (MapCommune town in located.OrderByDescending(c => c.Population).ThenBy(c => c.Code, StringComparer.Ordinal).Take(TownNames))
        {
            (double x, double y) = projection.Project(town.Latitude, town.Longitude);
            svg.WriteStartElement("text");
            svg.WriteAttributeString("x", F(x));
            svg.WriteAttributeString("y", F(y + 4));
            svg.WriteAttributeString("fill", "#111111");
            svg.WriteAttributeString("stroke", "#ffffff");
            svg.WriteAttributeString("stroke-width", "3");
            svg.WriteAttributeString("paint-order", "stroke");
            svg.WriteString(town.Name);
            svg.WriteEndElement();
        }

        svg.WriteEndElement();
    }

    private static void WriteLegend(XmlWriter svg, IReadOnlyList<double> thresholds, MapTexts texts, bool gaps, bool suggestions, MessageLanguage language)
    {
        double y = Height + 10;
        Text(svg, Margin, y, texts.Legend, 13, "bold");
        var labels = new List<(string Colour, string Label)>();
        double previous = 0;
        for (int i = 0; i < thresholds.Count; i++)
        {
            labels.Add((Palette[Math.Min(i, Palette.Length - 2)], $"{Numbers.KilometreValue(previous, language)}–{Numbers.Kilometres(thresholds[i], language)}"));
            previous = thresholds[i];
        }

        labels.Add((Palette[^1], $"> {Numbers.Kilometres(previous, language)}"));
        labels.Add((NoDataColour, texts.Unknown));
        for (int i = 0; i < labels.Count; i++)
        {
            double x = Margin + (i * 110);
            svg.WriteStartElement("rect");
            svg.WriteAttributeString("x", F(x));
            svg.WriteAttributeString("y", F(y + 15));
            svg.WriteAttributeString("width", "12");
            svg.WriteAttributeString("height", "12");
            svg.WriteAttributeString("fill", labels[i].Colour);
            svg.WriteAttributeString("class", "legend");
            svg.WriteEndElement();
            Text(svg, x + 16, y + 26, labels[i].Label, 11, "normal");
        }

        double row = y + 54;
        double column = Margin;
        svg.WriteStartElement("path");
        svg.WriteAttributeString("d", $"M {F(column + 6)} {F(row - 10)} L {F(column + 11)} {F(row)} L {F(column + 1)} {F(row)} Z");
        svg.WriteAttributeString("fill", PlaceColour);
        svg.WriteEndElement();
        Text(svg, column + 16, row, texts.Places, 11, "normal");
        if (gaps)
        {
            column += 220;
            svg.WriteStartElement("circle");
            svg.WriteAttributeString("cx", F(column + 6));
            svg.WriteAttributeString("cy", F(row - 4));
            svg.WriteAttributeString("r", "6");
            svg.WriteAttributeString("fill", "none");
            svg.WriteAttributeString("stroke", GapColour);
            svg.WriteAttributeString("stroke-width", "2");
            svg.WriteEndElement();
            Text(svg, column + 16, row, texts.Gaps, 11, "normal");
        }

        if (suggestions)
        {
            column += 220;
            svg.WriteStartElement("path");
            svg.WriteAttributeString("d", $"M {F(column + 6)} {F(row - 11)} L {F(column + 13)} {F(row - 4)} L {F(column + 6)} {F(row + 3)} L {F(column - 1)} {F(row - 4)} Z");
            svg.WriteAttributeString("fill", SuggestionColour);
            svg.WriteEndElement();
            Text(svg, column + 16, row, texts.Suggestions, 11, "normal");
        }
    }

    private static void WriteScaleBar(XmlWriter svg, Projection projection, MessageLanguage language)
    {
        // A round distance close to a fifth of the map width.
        double kmForBar = ScaleSteps
            .LastOrDefault(k => k * projection.PixelsPerKm <= (Width - (2 * Margin)) / 5, 1);
        double length = kmForBar * projection.PixelsPerKm;
        double x = Width - Margin - length;
        double y = Height - 20;
        svg.WriteStartElement("path");
        svg.WriteAttributeString("d", $"M {F(x)} {F(y - 5)} L {F(x)} {F(y)} L {F(x + length)} {F(y)} L {F(x + length)} {F(y - 5)}");
        svg.WriteAttributeString("stroke", "#000000");
        svg.WriteAttributeString("fill", "none");
        svg.WriteAttributeString("id", "scale-bar");
        svg.WriteEndElement();
        Text(svg, x, y - 8, Numbers.Kilometres(kmForBar, language), 11, "normal");
    }

    private static string ColourOf(double? distanceKm, IReadOnlyList<double> thresholds)
    {
        if (distanceKm is not { } d)
        {
            return NoDataColour;
        }

        for (int i = 0; i < thresholds.Count; i++)
        {
            if (d <= thresholds[i])
            {
                return Palette[Math.Min(i, Palette.Length - 2)];
            }
        }

        return Palette[^1];
    }

    private static void Rect(XmlWriter svg, double x, double y, double width, double height, string fill)
    {
        svg.WriteStartElement("rect");
        svg.WriteAttributeString("x", F(x));
        svg.WriteAttributeString("y", F(y));
        svg.WriteAttributeString("width", F(width));
        svg.WriteAttributeString("height", F(height));
        svg.WriteAttributeString("fill", fill);
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, double x, double y, string content, int size, string weight)
    {
        svg.WriteStartElement("text");
        svg.WriteAttributeString("x", F(x));
        svg.WriteAttributeString("y", F(y));
        svg.WriteAttributeString("font-size", size.ToString(CultureInfo.InvariantCulture));
        svg.WriteAttributeString("font-weight", weight);
        svg.WriteString(content);
        svg.WriteEndElement();
    }

    private static void Element(XmlWriter svg, string name, string content)
    {
        svg.WriteStartElement(name);
        svg.WriteString(content);
        svg.WriteEndElement();
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An equirectangular projection around the territory's mean latitude, fitted into the drawing area.</summary>
    private sealed record Projection(double MinLat, double MinLon, double LonScale, double PixelsPerKm, double OffsetX, double OffsetY)
    {
        public static Projection Fit(IEnumerable<(double Latitude, double Longitude)> points)
        {
            var list = points.ToList();
            if (list.Count == 0)
            {
                list.Add((0, 0));
            }

            double minLat = list.Min(p => p.Latitude), maxLat = list.Max(p => p.Latitude);
            double minLon = list.Min(p => p.Longitude), maxLon = list.Max(p => p.Longitude);
            double lonScale = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
            double widthKm = Math.Max(1, (maxLon - minLon) * lonScale * KmPerDegreeLatitude);
            double heightKm = Math.Max(1, (maxLat - minLat) * KmPerDegreeLatitude);
            double area = Height - (2 * Margin);
            double pixelsPerKm = Math.Min((Width - (2 * Margin)) / widthKm, area / heightKm);
            double offsetX = Margin + (((Width - (2 * Margin)) - (widthKm * pixelsPerKm)) / 2);
            double offsetY = Margin + ((area - (heightKm * pixelsPerKm)) / 2) + (heightKm * pixelsPerKm);
            return new Projection(minLat, minLon, lonScale, pixelsPerKm, offsetX, offsetY);
        }

        public (double X, double Y) Project(double latitude, double longitude) =>
            (OffsetX + ((longitude - MinLon) * LonScale * KmPerDegreeLatitude * PixelsPerKm),
             OffsetY - ((latitude - MinLat) * KmPerDegreeLatitude * PixelsPerKm));
    }
}

/// <summary>A string writer that declares UTF-8, the encoding the SVG file is written in (a plain StringWriter declares UTF-16).</summary>
internal sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
{
    public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
