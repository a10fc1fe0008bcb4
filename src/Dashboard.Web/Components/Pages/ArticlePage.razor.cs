using Dashboard.Data.Ingestion;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Articles;
using Dashboard.Web.Navigation;
using Dashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// One article: its text with every fact highlighted (the one asked for by <c>?fact=</c> stronger, and scrolled
/// into view), its facts beside it, and a form to correct its outlet and publication date.
/// </summary>
public partial class ArticlePage
{
    [Inject] public required IDashboardQueries Queries { get; set; }
    [Inject] public required IIngestionService Ingestion { get; set; }
    [Inject] public required IScrollManager Scroll { get; set; }
    [Inject] public required NavigationManager Navigation { get; set; }
    [Inject] public required IStringLocalizer<ArticlesStrings> L { get; set; }
    [Inject] public required IStringLocalizer<FactsStrings> FactsL { get; set; }
    [Inject] public required IStringLocalizer<SharedStrings> Shared { get; set; }

    [Parameter] public int Id { get; set; }

    /// <summary>The fact to show: highlighted more strongly and scrolled into view.</summary>
    [SupplyParameterFromQuery(Name = DashboardUrls.FactParameter)] public long? Fact { get; set; }

    private FactWords Words = null!;
    private ArticleDetail? _detail;
    private int? _loadedId;
    private bool _loading;
    private string? _loadError;
    private long? _scrolledTo;

    private bool _editOpen;
    private string? _outletInput;
    private string? _publishedInput;
    private string? _publishedError;
    private bool _saving;
    private string? _saveMessage;
    private bool _saveFailed;

    protected override void OnInitialized() => Words = new FactWords(Shared, FactsL);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedId == Id) return;
        _loadedId = Id;
        _detail = null;
        _saveMessage = null;
        _scrolledTo = null;
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Scroll once per requested fact, after the text holding its anchor is on screen.
        if (_detail is null || Fact is not { } factId || _scrolledTo == factId || _detail.Facts.All(f => f.Id != factId)) return;
        _scrolledTo = factId;
        await Scroll.ScrollIntoViewAsync("#" + HighlightedText.FactAnchorId(factId), ScrollBehavior.Smooth);
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _loadError = null;
        try
        {
            _detail = await Queries.GetArticleAsync(Id);
            _outletInput = _detail?.Article.Outlet;
            _publishedInput = PublishedDateInput.Format(_detail?.Article.Published);
            _publishedError = null;
        }
        catch (Exception ex)
        {
            _loadError = ex.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private void ValidatePublished()
    {
        var error = PublishedDateInput.TryParse(_publishedInput, Today, out _);
        _publishedError = error == PublishedDateError.None ? null : DateErrorText(L, error, _publishedInput);
    }

    private async Task SaveMetadataAsync()
    {
        ValidatePublished();
        if (_publishedError is not null || _saving) return;
        PublishedDateInput.TryParse(_publishedInput, Today, out var published);
        var outlet = string.IsNullOrWhiteSpace(_outletInput) ? null : _outletInput.Trim();

        _saving = true;
        _saveMessage = null;
        try
        {
            await Ingestion.UpdateArticleMetadataAsync(Id, outlet, published);
            _saveFailed = false;
            _saveMessage = L[nameof(ArticlesStrings.Saved)];
            await LoadAsync();
            // Re-extraction gives the facts new ids: a fact id in the address no longer points anywhere.
            if (Fact is not null) Navigation.NavigateTo(DashboardUrls.Article(Id), replace: true);
        }
        catch (Exception ex)
        {
            _saveFailed = true;
            _saveMessage = L[nameof(ArticlesStrings.SaveFailed), ex.Message];
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>The message for a refused date; the same keys exist in every strings file that takes dates.</summary>
    internal static string DateErrorText(IStringLocalizer localizer, PublishedDateError error, string? input) =>
        localizer[$"DateError_{error}", input ?? ""];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
