using Bunit;
using Bunit.TestDoubles;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Localization;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

public sealed class ReextractionNoticeTests : DashboardComponentTest
{
    [Fact]
    public void Nothing_is_shown_when_no_re_extraction_ran()
    {
        var notice = Render<ReextractionNotice>();

        Assert.Empty(notice.FindAll("[data-reextraction]"));
    }

    [Fact]
    public void A_running_re_extraction_says_figures_are_changing_and_how_far_it_has_come()
    {
        using var culture = UseCulture(DashboardCultures.English);
        Reextraction.Started("1.11.31", 200_000);
        var notice = Render<ReextractionNotice>();

        Assert.Contains("read again by extractor 1.11.31", notice.Find("[data-reextraction=running] [role=status]").TextContent);
        Assert.Contains("0 of 200,000 articles", notice.Markup);

        // Progress is passed on at most once a second: the first report after the start is held back.
        Reextraction.Progressed(1_000);
        Assert.Contains("0 of 200,000 articles", notice.Markup);
        Thread.Sleep(Dashboard.Data.Ingestion.ReextractionStatus.ReportEvery + TimeSpan.FromMilliseconds(50));
        Reextraction.Progressed(50_000);

        notice.WaitForAssertion(() => Assert.Contains("50,000 of 200,000 articles", notice.Markup));
        var bar = notice.Find("[role=progressbar]");
        Assert.Equal("Articles re-read", bar.GetAttribute("aria-label"));
        Assert.Equal("50,000 of 200,000 articles", bar.GetAttribute("aria-valuetext"));
        Assert.Equal("25", bar.GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void The_end_is_told_to_a_reader_who_saw_it_run_with_a_way_to_the_new_figures()
    {
        using var culture = UseCulture(DashboardCultures.English);
        Reextraction.Started("1.11.31", 3);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/facts?kind=killed");
        var notice = Render<ReextractionNotice>();

        Reextraction.Finished();

        notice.WaitForAssertion(() => Assert.Contains("All 3 articles have been re-read by extractor 1.11.31", notice.Find("[data-reextraction=finished]").TextContent));
        var history = Services.GetRequiredService<BunitNavigationManager>().History;
        Assert.False(history.First().Options.ForceLoad);
        notice.Find("[data-reextraction=finished] button.mud-button-root").Click();
        // A full load of the same address, in place of the current entry.
        var load = history.First();
        Assert.EndsWith("/facts?kind=killed", load.Uri);
        Assert.True(load.Options.ForceLoad);
        Assert.Empty(notice.FindAll("[data-reextraction=running]"));
    }

    [Fact]
    public async Task News_from_the_re_extracting_thread_is_shown_in_the_readers_language()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);
        Reextraction.Started("1.11.31", 3);
        var notice = Render<ReextractionNotice>();

        await Task.Run(() =>
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
            Reextraction.Finished();
        });

        notice.WaitForAssertion(() => Assert.Contains("أعيدت قراءة المقالات كلها", notice.Find("[data-reextraction=finished]").TextContent));
    }

    [Fact]
    public void A_reader_who_arrives_after_the_end_is_told_nothing()
    {
        Reextraction.Started("1.11.31", 3);
        Reextraction.Finished();

        var notice = Render<ReextractionNotice>();

        Assert.Empty(notice.FindAll("[data-reextraction]"));
    }

    [Fact]
    public void A_failure_says_how_far_it_got_in_arabic_and_can_be_dismissed()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);
        Reextraction.Started("1.11.31", 10);
        Reextraction.Failed("disk full");
        var notice = Render<ReextractionNotice>();

        var text = notice.Find("[data-reextraction=failed]").TextContent;
        Assert.Contains("توقّفت إعادة قراءة المقالات", text);
        Assert.Contains("disk full", text);

        notice.Find("[data-reextraction=failed] button").Click();

        Assert.Empty(notice.FindAll("[data-reextraction]"));
    }

    [Fact]
    public void The_page_stops_listening_when_it_is_closed()
    {
        Reextraction.Started("1.11.31", 10);
        var notice = Render<ReextractionNotice>();

        notice.Instance.Dispose();

        Reextraction.Finished();
        Assert.NotEmpty(notice.FindAll("[data-reextraction=running]"));
    }
}
