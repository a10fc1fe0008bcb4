using System.Globalization;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Layout;

/// <summary>Tells readers that figures are changing under them while the stored articles are re-extracted.</summary>
public sealed partial class ReextractionNotice : IDisposable
{
    [Inject] public required ReextractionStatus Status { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Loc { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }

    private ReextractionState? Shown { get; set; }

    /// <summary>The end is news only to a reader whose page showed the work running (their figures predate it).</summary>
    private bool sawRunning;
    private bool dismissed;

    /// <summary>The reader's language: the circuit's, not that of the thread the news comes from.</summary>
    private (CultureInfo Culture, CultureInfo UICulture) readers;

    protected override void OnInitialized()
    {
        readers = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Status.Changed += OnChanged;
        Show(Status.Current);
    }

    private void Show(ReextractionState? state)
    {
        Shown = state;
        sawRunning |= state is { Running: true };
    }

    // Raised on the re-extracting thread: the render goes through the circuit's dispatcher, which runs it in the
    // raising thread's culture (the execution context flows with it), so the reader's is put back first.
    private void OnChanged(ReextractionState state) => _ = InvokeAsync(() =>
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = readers;
        Show(state);
        StateHasChanged();
    });

    private static double Percent(ReextractionState state) => state.Total == 0 ? 0 : 100.0 * state.Done / state.Total;

    private string Count(ReextractionState state) =>
        Loc[nameof(SharedStrings.ReextractionCount), DisplayText.Number(state.Done), DisplayText.Number(state.Total)];

    private void Dismiss() => dismissed = true;

    /// <summary>A fresh load: every component of the page reads the store again.</summary>
    private void ShowNewFigures() => Navigation.Refresh(forceReload: true);

    public void Dispose() => Status.Changed -= OnChanged;
}
