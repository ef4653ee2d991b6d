using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace Landes.Inclusion.Interop.DataInclusion;

/// <summary>
/// Writes data·inclusion v1.0.8 structures and services as JSON arrays of objects in the schema's snake_case names,
/// leaving out null values and empty lists. Written by hand on <see cref="Utf8JsonWriter"/> (no reflection; trim and
/// AOT safe). Stateless and thread-safe.
/// </summary>
public static class DataInclusionJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes structures as a JSON array.</summary>
    /// <param name="structures">The structures.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="structures"/> is null.</exception>
    public static string WriteToString(IEnumerable<DataInclusionStructure> structures)
    {
        ArgumentNullException.ThrowIfNull(structures);
        return Write(w =>
        {
            w.WriteStartArray();
            foreach (DataInclusionStructure structure in structures)
            {
                Write(w, structure);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes services as a JSON array.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static string WriteToString(IEnumerable<DataInclusionService> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Write(w =>
        {
            w.WriteStartArray();
            foreach (DataInclusionService service in services)
            {
                Write(w, service);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Writes one structure as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="structure">The structure.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, DataInclusionStructure structure)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(structure);
        writer.WriteStartObject();
        writer.WriteString("source", structure.Source);
        writer.WriteString("id", structure.Id);
        writer.WriteString("nom", structure.Name);
        writer.WriteString("date_maj", LocalDatePattern.Iso.Format(structure.UpdatedOn));
        String(writer, "siret", structure.Siret);
        Address(writer, structure.Address, structure.AddressComplement, structure.InseeCode, structure.PostalCode, structure.Commune, structure.Latitude, structure.Longitude);
        String(writer, "telephone", structure.Telephone);
        String(writer, "courriel", structure.Email);
        String(writer, "site_web", structure.Website);
        String(writer, "description", structure.Description);
        String(writer, "horaires_accueil", structure.OpeningHours);
        String(writer, "accessibilite_lieu", structure.AccessibilityLink);
        String(writer, "lien_source", structure.SourceLink);
        List(writer, "reseaux_porteurs", structure.Networks);
        writer.WriteEndObject();
    }

    /// <summary>Writes one service as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="service">The service.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, DataInclusionService service)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(service);
        writer.WriteStartObject();
        writer.WriteString("source", service.Source);
        writer.WriteString("id", service.Id);
        writer.WriteString("structure_id", service.StructureId);
        writer.WriteString("nom", service.Name);
        writer.WriteString("description", service.Description);
        writer.WriteString("date_maj", LocalDatePattern.Iso.Format(service.UpdatedOn));
        String(writer, "type", service.Type);
        List(writer, "thematiques", service.Themes);
        String(writer, "frais", service.Cost);
        String(writer, "frais_precisions", service.CostDetails);
        List(writer, "publics", service.Publics);
        String(writer, "publics_precisions", service.PublicsDetails);
        List(writer, "modes_accueil", service.ReceptionModes);
        List(writer, "modes_mobilisation", service.MobilisationModes);
        List(writer, "mobilisable_par", service.MobilisableBy);
        String(writer, "lien_mobilisation", service.MobilisationLink);
        String(writer, "mobilisation_precisions", service.MobilisationDetails);
        Address(writer, service.Address, service.AddressComplement, service.InseeCode, service.PostalCode, service.Commune, service.Latitude, service.Longitude);
        String(writer, "telephone", service.Telephone);
        String(writer, "courriel", service.Email);
        String(writer, "horaires_accueil", service.OpeningHours);
        List(writer, "zone_eligibilite", service.EligibilityZone);
        String(writer, "conditions_acces", service.AccessConditions);
        String(writer, "contact_nom_prenom", service.ContactName);
        String(writer, "lien_source", service.SourceLink);
        writer.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void Address(Utf8JsonWriter writer, string? address, string? complement, string? insee, string? postal, string? commune, double? latitude, double? longitude)
    {
        String(writer, "adresse", address);
        String(writer, "complement_adresse", complement);
        String(writer, "code_insee", insee);
        String(writer, "code_postal", postal);
        String(writer, "commune", commune);
        if (latitude is { } lat)
        {
            writer.WriteNumber("latitude", lat);
        }

        if (longitude is { } lon)
        {
            writer.WriteNumber("longitude", lon);
        }
    }

    private static void String(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void List(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
