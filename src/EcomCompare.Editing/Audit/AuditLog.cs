using System.Text;
using System.Text.Json;

namespace EcomCompare.Editing.Audit;

/// <summary>
/// The append-only audit log (<c>audit/audit.jsonl</c> in the data folder: one JSON object per line, never rewritten)
/// and the documents each change replaced or brought (<c>audit/files/&lt;entry&gt;/before|after/</c>), kept for undo.
/// </summary>
public sealed class AuditLog(DataFolder folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _gate = new();

    private string LogPath => Path.Combine(folder.Audit, "audit.jsonl");

    /// <summary>Appends <paramref name="entry"/> (one line, flushed to disk before returning).</summary>
    public void Append(AuditEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        lock (_gate)
        {
            Directory.CreateDirectory(folder.Audit);
            using var stream = new FileStream(LogPath, FileMode.Append, FileAccess.Write, FileShare.Read);
            stream.Write(Encoding.UTF8.GetBytes(line));
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every entry, oldest first (an unreadable line — a torn write — is skipped).</summary>
    public IReadOnlyList<AuditEntry> Entries()
    {
        if (!File.Exists(LogPath))
        {
            return [];
        }

        var entries = new List<AuditEntry>();
        using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            try
            {
                if (line.Length > 0 && JsonSerializer.Deserialize<AuditEntry>(line, Json) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
            }
        }

        return entries;
    }

    /// <summary>Keeps a document for entry <paramref name="id"/> (<paramref name="side"/>: <c>before</c> or <c>after</c>).</summary>
    public void Keep(string id, string side, string name, byte[] bytes)
    {
        var directory = Path.Combine(folder.Audit, "files", id, side);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, Path.GetFileName(name)), bytes);
    }

    /// <summary>A document kept for entry <paramref name="id"/>, or null.</summary>
    public byte[]? Kept(string id, string side, string name)
    {
        var path = Path.Combine(folder.Audit, "files", Path.GetFileName(id), side, Path.GetFileName(name));
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}
