using System.Text;
using Landes.Inclusion.Diagnostics;
using Landes.Inclusion.Interop;
using nietras.SeparatedValues;

namespace Landes.Inclusion.Interop.Csv;

/// <summary>Reads one row into a record, or returns null when the row is rejected (its problems recorded in <paramref name="fields"/>).</summary>
internal delegate T? CsvRowReader<T>(SepReader.Row row, int[] indexes, CsvFieldReader fields)
    where T : class;

/// <summary>
/// The loop every CSV reader shares: header mapping, cell-count check, one record a row, rejection of rows with an
/// error, and of rows repeating an earlier accepted row's identifier.
/// </summary>
internal static class CsvRecordReader
{
    // Records are gathered in chunks small enough to stay off the large object heap, where a growing list's every
    // new array would go (and bring a full collection closer) in a file of tens of thousands of rows.
    private const int ChunkSize = 4096;

    public static TextReader FromStream(Stream stream) =>
        new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);

    public static InteropReadResult<T> Read<T>(TextReader reader, IReadOnlyList<CsvColumn> columns, string format, CsvColumn idColumn, Func<T, string> idOf, CsvRowReader<T> readRow)
        where T : class
    {
        var problems = new List<Problem>();
        var records = new List<T[]>(); // Chunks, copied once at the end into an array of the exact size.
        int count = 0;
        var rejected = new List<int>();
        var seen = new PartitionedStringMap<int>();
        var fields = new CsvFieldReader(problems);
        int rows = 0;
        try
        {
            // The header is read as a row, not by the CSV library: repeated and empty names are problems, not exceptions.
            using SepReader sep = CsvTable.OpenReader(reader);
            string[] names = [];
            if (sep.MoveNext())
            {
                SepReader.Row header = sep.Current;
                if (header.ColCount > InputLimits.MaxCsvColumns)
                {
                    problems.Add(CsvTable.TooManyColumns(header.ColCount));
                    return new InteropReadResult<T>([], 0, [], new ValidationReport(problems));
                }

                names = new string[header.ColCount];
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = header[i].ToString();
                }
            }

            if (!CsvTable.MapColumns(names, columns, format, problems, out int[] indexes))
            {
                return new InteropReadResult<T>([], 0, [], new ValidationReport(problems));
            }

            int expected = names.Length;
            while (sep.MoveNext())
            {
                SepReader.Row row = sep.Current;
                fields.BeginRow(rows, row.Span);
                if (row.ColCount != expected)
                {
                    fields.RejectRow(CsvTable.CellCount(fields.RowPath, row.ColCount, expected));
                }
                else if (readRow(row, indexes, fields) is { } record && !fields.Rejected)
                {
                    string id = idOf(record);
                    if (seen.TryGetValue(id, out int first))
                    {
                        fields.Report(CsvProblemDefinitions.DuplicateId, idColumn.Name, required: true, ("value", id), ("firstRow", CsvTable.Invariant(first)));
                    }
                    else
                    {
                        seen.TryAdd(id, rows);
                        if (count % ChunkSize == 0)
                        {
                            records.Add(new T[ChunkSize]);
                        }

                        records[^1][count++ % ChunkSize] = record;
                    }
                }

                if (fields.Rejected)
                {
                    rejected.Add(rows);
                }

                rows++;
            }
        }
        catch (InvalidDataException exception)
        {
            problems.Add(CsvTable.Malformed(exception));
        }
        catch (NotSupportedException exception)
        {
            // Sep refuses a row longer than its largest buffer: reading stops there, with what was read so far.
            problems.Add(new Problem(LimitProblemDefinitions.RowTooLong, ProblemPath.Index("rows", rows), ProblemArguments.Of(("detail", exception.Message))));
        }

        problems.AddRange(fields.Summaries());
        return new InteropReadResult<T>(Concat(records, count), rows, rejected, new ValidationReport(problems));
    }

    private static T[] Concat<T>(List<T[]> chunks, int count)
    {
        var all = new T[count];
        for (int i = 0; i < chunks.Count; i++)
        {
            int length = Math.Min(ChunkSize, count - (i * ChunkSize));
            Array.Copy(chunks[i], 0, all, i * ChunkSize, length);
        }

        return all;
    }
}
