using System.Globalization;
using System.Xml;
using Landes.Inclusion.Diagnostics;

namespace Landes.Inclusion.Cli.Rendering;

/// <summary>A commune on the coverage map: its centroid, population and distance to the nearest place (null: unknown).</summary>
internal sealed record MapCommune(string Code, string Name, double Latitude, double Longitude, int Population, double? DistanceKm);

/// <summary>A place on the coverage map.</summary>
internal sealed record MapPlace(string Name, double Latitude, double Longitude);

/// <summary>
/// Draws a self-contained SVG map of a territory's coverage: one circle per commune, its area proportional to the
/// population and its colour the crow-fly distance class to the nearest place; places as marks; legend, scale bar,
/// title and source line. No external resource (fonts, scripts, images) is referenced.
/// </summary>
internal static class CoverageMap
{
    private const double Width = 900;
    private const double Height = 900;
    private const double Margin = 60;
    private const double LegendHeight = 150;
    private const double KmPerDegreeLatitude = 111.195; // mean Earth radius 6,371 km

    // A sequential palette from well covered (green) to far (red); grey for "no coordinates".
    private static readonly string[] Palette = ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027"];
    private const string NoDataColour = "#bdbdbd";

    private static readonly double[] ScaleSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];

    public static string Render(
        string title,
        string source,
        IReadOnlyList<MapCommune> communes,
        IReadOnlyList<MapPlace> places,
        IReadOnlyList<double> thresholdsKm,
        string legendTitle,
        string placesLabel,
        string unknownLabel,
        MessageLanguage language)
    {
        var located = communes.Where(c => !double.IsNaN(c.Latitude) && !double.IsNaN(c.Longitude)).ToList();
        Projection projection = Projection.Fit(located.Select(c => (c.Latitude, c.Longitude)).Concat(places.Select(p => (p.Latitude, p.Longitude))));
        int maxPopulation = Math.Max(1, communes.Count == 0 ? 1 : communes.Max(c => c.Population));

        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" };
        using var text = new Utf8StringWriter();
        using (XmlWriter svg = XmlWriter.Create(text, settings))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            svg.WriteAttributeString("width", F(Width));
            svg.WriteAttributeString("height", F(Height + LegendHeight));
            svg.WriteAttributeString("viewBox", $"0 0 {F(Width)} {F(Height + LegendHeight)}");
            svg.WriteAttributeString("font-family", "sans-serif");
            Element(svg, "title", title);
            Rect(svg, 0, 0, Width, Height + LegendHeight, "#ffffff");
            Text(svg, Margin, 36, title, 20, "bold");

            svg.WriteStartElement("g");
            svg.WriteAttributeString("id", "communes");
            // Largest first, so that small communes stay visible on top.
            foreach (MapCommune commune in located.OrderByDescending(c => c.Population))
            {
                (double x, double y) = projection.Project(commune.Latitude, commune.Longitude);
                double radius = 1.5 + (10.0 * Math.Sqrt(commune.Population / (double)maxPopulation));
                svg.WriteStartElement("circle");
                svg.WriteAttributeString("cx", F(x));
                svg.WriteAttributeString("cy", F(y));
                svg.WriteAttributeString("r", F(radius));
                svg.WriteAttributeString("fill", ColourOf(commune.DistanceKm, thresholdsKm));
                svg.WriteAttributeString("fill-opacity", "0.85");
                svg.WriteAttributeString("stroke", "#555555");
                svg.WriteAttributeString("stroke-width", "0.3");
                svg.WriteAttributeString("data-insee", commune.Code);
                Element(svg, "title", CommuneTitle(commune, unknownLabel, language));
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
                svg.WriteAttributeString("fill", "#2b2b8c");
                svg.WriteAttributeString("stroke", "#ffffff");
                svg.WriteAttributeString("stroke-width", "0.8");
                Element(svg, "title", place.Name);
                svg.WriteEndElement();
            }

            svg.WriteEndElement();

            WriteLegend(svg, thresholdsKm, legendTitle, placesLabel, unknownLabel, language);
            WriteScaleBar(svg, projection, language);
            Text(svg, Margin, Height + LegendHeight - 12, source, 11, "normal");
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

    private static void WriteLegend(XmlWriter svg, IReadOnlyList<double> thresholds, string legendTitle, string placesLabel, string unknownLabel, MessageLanguage language)
    {
        double y = Height + 10;
        Text(svg, Margin, y, legendTitle, 13, "bold");
        var labels = new List<(string Colour, string Label)>();
        double previous = 0;
        for (int i = 0; i < thresholds.Count; i++)
        {
            labels.Add((Palette[Math.Min(i, Palette.Length - 2)], $"{Numbers.KilometreValue(previous, language)}–{Numbers.Kilometres(thresholds[i], language)}"));
            previous = thresholds[i];
        }

        labels.Add((Palette[^1], $"> {Numbers.Kilometres(previous, language)}"));
        labels.Add((NoDataColour, unknownLabel));
        for (int i = 0; i < labels.Count; i++)
        {
            double x = Margin + (i * 110);
            svg.WriteStartElement("circle");
            svg.WriteAttributeString("cx", F(x + 6));
            svg.WriteAttributeString("cy", F(y + 22));
            svg.WriteAttributeString("r", "6");
            svg.WriteAttributeString("fill", labels[i].Colour);
            svg.WriteAttributeString("class", "legend");
            svg.WriteEndElement();
            Text(svg, x + 16, y + 26, labels[i].Label, 11, "normal");
        }

        svg.WriteStartElement("path");
        svg.WriteAttributeString("d", $"M {F(Margin + 6)} {F(y + 44)} L {F(Margin + 11)} {F(y + 54)} L {F(Margin + 1)} {F(y + 54)} Z");
        svg.WriteAttributeString("fill", "#2b2b8c");
        svg.WriteEndElement();
        Text(svg, Margin + 16, y + 54, placesLabel, 11, "normal");
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
