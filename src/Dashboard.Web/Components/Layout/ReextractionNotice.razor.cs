using System.Globalization;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Localization;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Layout;

/// <summary>Tells readers that figures are changing under them while the stored articles are re-extracted.</summary>
public sealed partial class ReextractionNotice : IDisposable
{
    [Inject] public required ReextractionStatus Status { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Loc { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }

    private ReextractionState? Shown { get; set; }

    /// <summary>
    /// The end is news only to a reader whose page was loaded while it ran (its figures predate the end); a page
    /// opened since has the new figures, so the first navigation after the end clears it.
    /// </summary>
    private bool sawRunning;
    private bool dismissed;

    /// <summary>The reader's language: the circuit's, not that of the thread the news comes from.</summary>
    private (CultureInfo Culture, CultureInfo UICulture) readers;

    protected override void OnInitialized()
    {
        readers = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        Status.Changed += OnChanged;
        Navigation.LocationChanged += OnLocationChanged;
        Show(Status.Current);
    }

    private void Show(ReextractionState? state)
    {
        Shown = state;
        sawRunning |= state is { Running: true };
    }

    // Raised on the thread pool: the render goes through the circuit's dispatcher, which may run it right there, in that
    // thread's culture; the reader's is put in for the render and the thread's put back after.
    private void OnChanged() => _ = InvokeAsync(() =>
    {
        var threads = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = readers;
            Show(Status.Current);
            StateHasChanged();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = threads;
        }
    });

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (Shown is not { Finished: true } || !sawRunning) return;
        sawRunning = false;
        StateHasChanged();
    }

    /// <summary>What the status region says: the start, the end or the failure; nothing in between.</summary>
    private string Announcement => Shown switch
    {
        { Running: true } running => Loc[nameof(SharedStrings.ReextractionRunning), running.Version],
        { Error: not null } failed when !dismissed =>
            Loc[nameof(SharedStrings.ReextractionFailed), DisplayText.Number(failed.Done), DisplayText.Number(failed.Total)],
        { Finished: true } finished when sawRunning && !dismissed => finished.Reread == finished.Total
            ? Loc[nameof(SharedStrings.ReextractionDone), DisplayText.Number(finished.Total), finished.Version]
            : Loc[nameof(SharedStrings.ReextractionDonePartly), DisplayText.Number(finished.Reread), DisplayText.Number(finished.Total), finished.Version],
        _ => "",
    };

    private static double Percent(ReextractionState state) => state.Total == 0 ? 0 : 100.0 * state.Done / state.Total;

    private string Count(ReextractionState state) =>
        Loc[nameof(SharedStrings.ReextractionCount), DisplayText.Number(state.Done), DisplayText.Number(state.Total)];

    private void Dismiss() => dismissed = true;

    /// <summary>A fresh load: every component of the page reads the store again.</summary>
    private void ShowNewFigures() => Navigation.Refresh(forceReload: true);

    public void Dispose()
    {
        Status.Changed -= OnChanged;
        Navigation.LocationChanged -= OnLocationChanged;
    }
}
