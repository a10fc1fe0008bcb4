using Bunit;
using Bunit.TestDoubles;
using Dashboard.Data.Ingestion;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Localization;
using Dashboard.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Components;

public sealed class ReextractionNoticeTests : DashboardComponentTest
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void Nothing_is_shown_or_announced_when_no_re_extraction_ran()
    {
        var notice = Render<ReextractionNotice>();

        Assert.Empty(notice.FindAll("[data-reextraction]"));
        Assert.Equal("", notice.Find("[role=status]").TextContent);
    }

    [Fact]
    public void A_running_re_extraction_says_figures_are_changing_and_how_far_it_has_come()
    {
        using var culture = UseCulture(DashboardCultures.English);
        Reextraction.Started("1.11.31", 200_000);
        var notice = Render<ReextractionNotice>();

        Assert.Contains("read again by extractor 1.11.31", notice.Find("[data-reextraction=running]").TextContent);
        Assert.Contains("0 of 200,000 articles", notice.Markup);
        // The status region says what is happening, not the count: it would be read out every second.
        var announcement = notice.Find("[role=status]").TextContent;
        Assert.Contains("read again by extractor 1.11.31", announcement);
        Assert.DoesNotContain("200,000", announcement);

        // Progress is passed on at most once a second.
        Reextraction.Progressed(1_000);
        Assert.Contains("0 of 200,000 articles", notice.Markup);
        Clock.Advance(ReextractionStatus.ReportEvery);
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
        Navigation.NavigateTo("/facts?kind=killed");
        var notice = Render<ReextractionNotice>();

        Reextraction.Finished(reread: 3);

        notice.WaitForAssertion(() => Assert.Contains("All 3 articles have been re-read by extractor 1.11.31", notice.Find("[data-reextraction=finished]").TextContent));
        Assert.Contains("All 3 articles have been re-read", notice.Find("[role=status]").TextContent);
        var history = Services.GetRequiredService<BunitNavigationManager>().History;
        Assert.False(history.First().Options.ForceLoad);
        notice.Find("[data-reextraction=finished] button.mud-button-root").Click();
        // A full load of the same address, in place of the current entry.
        var load = history.First();
        Assert.EndsWith("/facts?kind=killed", load.Uri);
        Assert.True(load.Options.ForceLoad);
    }

    [Fact]
    public void The_end_says_how_many_kept_their_figures_when_some_could_not_be_re_read()
    {
        using var culture = UseCulture(DashboardCultures.English);
        Reextraction.Started("1.11.31", 10);
        var notice = Render<ReextractionNotice>();

        Reextraction.Finished(reread: 8);

        notice.WaitForAssertion(() => Assert.Contains("8 of 10 articles have been re-read by extractor 1.11.31; the others keep their earlier figures",
            notice.Find("[data-reextraction=finished]").TextContent));
    }

    [Fact]
    public void A_page_opened_after_the_end_no_longer_says_its_figures_are_older()
    {
        Reextraction.Started("1.11.31", 3);
        var notice = Render<ReextractionNotice>();
        Reextraction.Finished(reread: 3);
        notice.WaitForAssertion(() => Assert.NotEmpty(notice.FindAll("[data-reextraction=finished]")));

        Navigation.NavigateTo("/articles");

        notice.WaitForAssertion(() => Assert.Empty(notice.FindAll("[data-reextraction]")));
    }

    [Fact]
    public void News_from_another_thread_is_shown_in_the_readers_language()
    {
        using var culture = UseCulture(DashboardCultures.Arabic);
        Reextraction.Started("1.11.31", 3);
        var notice = Render<ReextractionNotice>();

        var raiser = new Thread(() =>
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
            Reextraction.Finished(reread: 3);
        });
        raiser.Start();
        raiser.Join();

        notice.WaitForAssertion(() => Assert.Contains("أعيدت قراءة المقالات كلها", notice.Find("[data-reextraction=finished]").TextContent));
    }

    [Fact]
    public void A_reader_who_arrives_after_the_end_is_told_nothing()
    {
        Reextraction.Started("1.11.31", 3);
        Reextraction.Finished(reread: 3);

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
        Assert.Contains("توقّفت إعادة قراءة المقالات بعد 0 من 10", text);
        // The exception's own words are for the log, in English: the page points there.
        Assert.DoesNotContain("disk full", text);

        notice.Find("[data-reextraction=failed] button").Click();

        Assert.Empty(notice.FindAll("[data-reextraction]"));
    }

    [Fact]
    public void A_closed_page_stops_listening()
    {
        Reextraction.Started("1.11.31", 10);
        var closed = Render<ReextractionNotice>();
        var open = Render<ReextractionNotice>();

        closed.Instance.Dispose();
        Reextraction.Finished(reread: 10);

        open.WaitForAssertion(() => Assert.NotEmpty(open.FindAll("[data-reextraction=finished]")));
        Assert.NotEmpty(closed.FindAll("[data-reextraction=running]"));
    }
}
