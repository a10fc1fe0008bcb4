using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>Where a chosen file stands.</summary>
public enum UploadStatus { Waiting, Refused, Stored, Duplicate, Failed, Cancelled }

/// <summary>One chosen file and what became of it.</summary>
public sealed class UploadRow(IBrowserFile file)
{
    public IBrowserFile File { get; } = file;
    public string Name => File.Name;
    public long Size => File.Size;
    public UploadStatus Status { get; set; } = UploadStatus.Waiting;
    public int? ArticleId { get; set; }
    public int FactCount { get; set; }
    public string? Message { get; set; }
}

/// <summary>
/// Adds articles from files dropped or chosen in the browser. Files over the size limit are refused before anything
/// is read; the rest are read and ingested a few at a time, so a large batch never sits in memory at once.
/// </summary>
public sealed partial class UploadPage : IDisposable
{
    /// <summary>The most files one selection may hold.</summary>
    public const int MaxFilesPerSelection = 1000;

    /// <summary>Files read and ingested together; with the byte budget below, bounds the memory one batch holds.</summary>
    private const int FilesPerChunk = 20;

    [Inject] public required IIngestionService Ingestion { get; set; }
    /// <summary>Holds the size limit (configuration key Dashboard:MaxUploadBytes, 5 MB by default).</summary>
    [Inject] public required DashboardDataSettings DataSettings { get; set; }
    [Inject] public required IStringLocalizer<UploadStrings> L { get; set; }

    private readonly List<UploadRow> _rows = [];
    private CancellationTokenSource? _cancel;
    private bool _busy;
    private bool _finished;
    private bool _dragging;
    private string? _batchError;
    private int _progressDone;
    private int _progressTotal;
    private string? _progressCurrent;

    private string? _outletInput;
    private string? _publishedInput;
    private string? _publishedError;

    private long MaxBytes => DataSettings.MaxUploadBytes > 0 ? DataSettings.MaxUploadBytes : new IngestOptions().MaxBytes;

    private int AcceptedCount => _rows.Count(r => r.Status == UploadStatus.Waiting);
    private int StoredCount => _rows.Count(r => r.Status == UploadStatus.Stored);
    private int DuplicateCount => _rows.Count(r => r.Status == UploadStatus.Duplicate);
    private int FailedCount => _rows.Count(r => r.Status is UploadStatus.Failed or UploadStatus.Refused or UploadStatus.Cancelled);
    private int FactCount => _rows.Where(r => r.Status == UploadStatus.Stored).Sum(r => r.FactCount);

    private string DropZoneClass => _dragging ? "drop-zone dragging" : "drop-zone";

    private void OnFilesChosen(InputFileChangeEventArgs e)
    {
        _dragging = false;
        _batchError = null;
        _finished = false;
        _progressDone = _progressTotal = 0;
        _rows.Clear();
        if (e.FileCount > MaxFilesPerSelection)
        {
            _batchError = L[nameof(UploadStrings.TooManyFiles), e.FileCount, MaxFilesPerSelection];
            return;
        }

        var max = MaxBytes;
        foreach (var file in e.GetMultipleFiles(MaxFilesPerSelection))
        {
            var row = new UploadRow(file);
            if (file.Size > max)
            {
                row.Status = UploadStatus.Refused;
                row.Message = L[nameof(UploadStrings.TooBig), FormatSize(file.Size), FormatSize(max)];
            }
            else if (file.Size == 0)
            {
                row.Status = UploadStatus.Refused;
                row.Message = L[nameof(UploadStrings.Empty)];
            }
            _rows.Add(row);
        }
    }

    private void ValidatePublished()
    {
        var error = PublishedDateInput.TryParse(_publishedInput, DateOnly.FromDateTime(DateTime.UtcNow), out _);
        _publishedError = error == PublishedDateError.None ? null : ArticlePage.DateErrorText(L, error, _publishedInput);
    }

    private async Task IngestAsync()
    {
        ValidatePublished();
        if (_busy || _publishedError is not null) return;
        PublishedDateInput.TryParse(_publishedInput, DateOnly.FromDateTime(DateTime.UtcNow), out var published);
        var options = new IngestOptions
        {
            Outlet = string.IsNullOrWhiteSpace(_outletInput) ? null : _outletInput.Trim(),
            Published = published,
            MaxBytes = MaxBytes,
        };

        var pending = _rows.Where(r => r.Status == UploadStatus.Waiting).ToList();
        _busy = true;
        _finished = false;
        _batchError = null;
        _progressDone = 0;
        _progressTotal = pending.Count;
        _cancel = new CancellationTokenSource();
        var ct = _cancel.Token;
        try
        {
            foreach (var chunk in Chunks(pending, options.MaxBytes))
            {
                ct.ThrowIfCancellationRequested();
                await IngestChunkAsync(chunk, options, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            foreach (var row in pending.Where(r => r.Status == UploadStatus.Waiting))
            {
                row.Status = UploadStatus.Cancelled;
                row.Message = L[nameof(UploadStrings.CancelledMessage)];
            }
        }
        finally
        {
            _busy = false;
            _finished = true;
            _progressCurrent = null;
            _cancel.Dispose();
            _cancel = null;
        }
    }

    private async Task IngestChunkAsync(IReadOnlyList<UploadRow> chunk, IngestOptions options, CancellationToken ct)
    {
        var doneBefore = _progressDone;
        var sources = new List<(UploadRow Row, IngestSource Source)>(chunk.Count);
        foreach (var row in chunk)
        {
            _progressCurrent = L[nameof(UploadStrings.Reading), row.Name];
            await InvokeAsync(StateHasChanged);
            try
            {
                sources.Add((row, IngestSource.FromBytes(row.Name, await ReadAsync(row.File, options.MaxBytes, ct))));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                row.Status = UploadStatus.Failed;
                row.Message = L[nameof(UploadStrings.ReadFailed), ex.Message];
                _progressDone++;
            }
        }
        if (sources.Count == 0) return;

        var progress = new CallbackProgress<IngestProgress>(p =>
        {
            _progressDone = doneBefore + (chunk.Count - sources.Count) + Math.Min(p.Done, sources.Count);
            _progressCurrent = p.Current;
            _ = InvokeAsync(StateHasChanged);
        });

        try
        {
            var summary = await Ingestion.IngestAsync(sources.Select(s => s.Source).ToList(), options, progress, ct);
            Apply(summary, sources.Select(s => s.Row).ToList());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var (row, _) in sources)
            {
                row.Status = UploadStatus.Failed;
                row.Message = L[nameof(UploadStrings.IngestFailed), ex.Message];
            }
        }
        _progressDone = doneBefore + chunk.Count;
        await InvokeAsync(StateHasChanged);
    }

    /// <summary>Matches the service's report to the rows by name, in order, so two files of the same name each get theirs.</summary>
    private void Apply(IngestSummary summary, IReadOnlyList<UploadRow> rows)
    {
        var unmatched = rows.ToList();
        foreach (var result in summary.Files)
        {
            var row = unmatched.FirstOrDefault(r => r.Name == result.Name)
                ?? unmatched.FirstOrDefault(r => result.Name.EndsWith(r.Name, StringComparison.Ordinal));
            if (row is null) continue;
            unmatched.Remove(row);
            row.Status = result.Outcome switch
            {
                IngestOutcome.Stored => UploadStatus.Stored,
                IngestOutcome.Duplicate => UploadStatus.Duplicate,
                _ => UploadStatus.Failed,
            };
            row.ArticleId = result.ArticleId;
            row.FactCount = result.FactCount;
            row.Message = result.Outcome switch
            {
                IngestOutcome.Failed => result.Error ?? L[nameof(UploadStrings.UnknownError)],
                IngestOutcome.Duplicate => L[nameof(UploadStrings.DuplicateMessage)],
                _ => null,
            };
        }
        foreach (var row in unmatched)
        {
            row.Status = UploadStatus.Failed;
            row.Message = L[nameof(UploadStrings.NoReport)];
        }
    }

    private static async Task<byte[]> ReadAsync(IBrowserFile file, long maxBytes, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream(maxBytes, ct);
        using var buffer = new MemoryStream((int)Math.Min(file.Size, maxBytes));
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>Groups files so that each group holds at most <see cref="FilesPerChunk"/> files and about four size limits of bytes.</summary>
    private static IEnumerable<IReadOnlyList<UploadRow>> Chunks(IReadOnlyList<UploadRow> rows, long maxBytes)
    {
        var budget = 4 * maxBytes;
        var chunk = new List<UploadRow>();
        long bytes = 0;
        foreach (var row in rows)
        {
            if (chunk.Count > 0 && (chunk.Count >= FilesPerChunk || bytes + row.Size > budget))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }
            chunk.Add(row);
            bytes += row.Size;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private void Cancel() => _cancel?.Cancel();

    private void Clear()
    {
        _rows.Clear();
        _finished = false;
        _batchError = null;
        _progressDone = _progressTotal = 0;
    }

    private string StatusText(UploadStatus status) => L[$"Status_{status}"];

    private static Color StatusColor(UploadStatus status) => status switch
    {
        UploadStatus.Stored => Color.Success,
        UploadStatus.Duplicate => Color.Info,
        UploadStatus.Waiting => Color.Default,
        _ => Color.Error,
    };

    private static string FormatSize(long bytes)
    {
        var culture = CultureInfo.CurrentCulture;
        return bytes switch
        {
            >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", culture) + " MB",
            >= 1024 => (bytes / 1024d).ToString("0.#", culture) + " KB",
            _ => bytes.ToString(culture) + " B",
        };
    }

    public void Dispose()
    {
        _cancel?.Cancel();
        _cancel?.Dispose();
    }

    /// <summary>Reports progress on the caller's thread; the page marshals to the renderer itself.</summary>
    private sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
