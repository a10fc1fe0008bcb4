using Dashboard.Data.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Data;

/// <summary>The "Dashboard" configuration section as the data layer reads it.</summary>
public sealed record DashboardDataSettings
{
    public const string SectionName = "Dashboard";

    /// <summary>Largest file or upload accepted, in bytes (Dashboard:MaxUploadBytes).</summary>
    public long MaxUploadBytes { get; init; } = new IngestOptions().MaxBytes;

    /// <summary>Ingest <see cref="SeedPath"/> at start-up when the database holds no articles.</summary>
    public bool SeedOnStartup { get; init; } = true;

    /// <summary>Folder of seed articles; when unset, the repository's <c>seeds</c> folder is looked for.</summary>
    public string? SeedPath { get; init; }

    /// <summary>Re-extract articles stored by an older extractor at start-up (cheap when nothing changed).</summary>
    public bool ReextractOnStartup { get; init; } = true;

    public static DashboardDataSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new DashboardDataSettings();
        return new DashboardDataSettings
        {
            MaxUploadBytes = section.GetValue(nameof(MaxUploadBytes), defaults.MaxUploadBytes),
            SeedOnStartup = section.GetValue(nameof(SeedOnStartup), defaults.SeedOnStartup),
            SeedPath = section.GetValue<string?>(nameof(SeedPath)),
            ReextractOnStartup = section.GetValue(nameof(ReextractOnStartup), defaults.ReextractOnStartup),
        };
    }
}
