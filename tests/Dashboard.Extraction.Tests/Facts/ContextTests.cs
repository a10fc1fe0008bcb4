using Dashboard.Extraction.Facts;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Places;

namespace Dashboard.Extraction.Tests.Facts;

/// <summary>Actor, attribution, place, dates and the one-figure-one-fact rule.</summary>
public sealed class ContextTests
{
    [Fact]
    public void Actor_and_attribution_are_read_from_the_clause()
    {
        const string text = "وأعلن المتحدث باسم العمليات المشتركة تحسين الخفاجي أن سلاح الجو العراقي تمكن من قتل 250 إرهابيا في 2022";
        var fact = Extract.Single(text);
        Assert.Equal("سلاح الجو العراقي", fact.Actor);
        Assert.Equal("المتحدث باسم العمليات المشتركة تحسين الخفاجي", fact.Attribution);
    }

    [Fact]
    public void A_very_long_sentence_is_cut_at_clause_boundaries_around_the_figure()
    {
        // One sentence of well over 600 characters: the excerpt keeps whole clauses, never half a phrase.
        var filler = string.Join("، ", Enumerable.Repeat("وأشار المتحدث إلى استمرار التعاون الأمني بين بغداد والإقليم في مجال مكافحة الإرهاب", 8));
        var text = filler + "، وأعلن أن سلاح الجو العراقي تمكن من قتل 250 إرهابيا في 2022، " + filler + ".";
        var fact = Extract.Single(text);

        Assert.Contains("وأعلن أن سلاح الجو العراقي تمكن من قتل 250 إرهابيا في 2022", fact.Sentence);
        Assert.True(fact.Sentence.Length <= 600, $"excerpt of {fact.Sentence.Length} characters");
        Assert.StartsWith("و", fact.Sentence);
        var at = text.IndexOf(fact.Sentence, StringComparison.Ordinal);
        Assert.True(at == 0 || text[..at].TrimEnd().EndsWith('،'), "the excerpt starts at a clause boundary");
        var end = at + fact.Sentence.Length;
        Assert.True(end == text.Length || fact.Sentence.EndsWith('،') || text[end..].TrimStart().StartsWith('،') || text[end..].TrimStart().StartsWith('.'), $"the excerpt ends at a clause boundary: «{fact.Sentence[^40..]}» then «{text[end..Math.Min(text.Length, end + 20)]}»");
    }

    [Fact]
    public void Actor_named_after_the_count_with_min()
    {
        var fact = Extract.Single("وأكد أنه تم توجيه 6 ضربات جوية من التحالف الدولي نحو أهداف مهمة");
        Assert.Equal("التحالف الدولي", fact.Actor);
    }

    [Fact]
    public void Attribution_carries_to_the_following_sentences_of_the_paragraph()
    {
        const string text = "وقال الخفاجي في تصريح صحافي إن العمليات مستمرة. وأضاف أن القوات اعتقلت 9 مطلوبين في الصحراء.\nوفي خبر آخر اعتقلت الشرطة 4 مطلوبين.";
        var facts = Extract.Counted(text);
        Assert.Equal("الخفاجي", facts[0].Attribution);
        Assert.Null(facts[1].Attribution);
    }

    [Theory]
    [InlineData("وبحسب وزارة الدفاع قتل 30 مسلحا في الغارات", "وزارة الدفاع")]
    [InlineData("قتل 30 مسلحا في الغارات، وفقاً للبيان", "البيان")]
    [InlineData("قتل 30 مسلحا في الغارات، نقلا عن وكالة الأنباء العراقية", "وكالة الأنباء العراقية")]
    public void Attribution_cues(string text, string attribution) => Assert.Equal(attribution, Extract.Single(text).Attribution);

    [Fact]
    public void The_same_figure_restated_is_one_fact_and_a_different_value_is_another()
    {
        const string text = "مقتل 12 جنديا بهجوم في الأنبار\nأعلنت وزارة الدفاع مقتل 12 جنديا بهجوم انتحاري. وكانت حصيلة سابقة تحدثت عن مقتل 10 جنود.";
        var facts = Extract.Counted(text);
        Assert.Equal(new[] { 12.0, 10.0 }, facts.Select(f => f.Min));
    }

    [Fact]
    public void A_restatement_that_dates_an_undated_figure_takes_its_place()
    {
        const string text = "مقتل 12 جنديا بهجوم في الأنبار\nأعلنت وزارة الدفاع مقتل 12 جنديا بهجوم انتحاري أمس. وقتل 12 جنديا في 3 حزيران 2020 أيضا.";
        var fact = Extract.Single(text, new DateOnly(2020, 6, 23));
        Assert.Equal((DateBasis.Relative, new DateOnly(2020, 6, 22)), (fact.DateBasis, fact.DateStart));
        Assert.StartsWith("أعلنت وزارة الدفاع", fact.Sentence);
        Assert.Equal("12 جنديا", Extract.SpanText(text, fact));
    }

    [Fact]
    public void A_total_runs_from_the_day_after_since_and_up_to_any_other_day()
    {
        var since = Extract.Single("قالت قيادة العمليات إن قواتها اعتقلت 64 مطلوبا منذ 18 شباط الماضي", new DateOnly(2018, 6, 10));
        Assert.Equal((FactScope.Cumulative, new DateOnly(2018, 2, 18), new DateOnly(2018, 6, 10), DatePrecision.Range),
            (since.Scope, since.DateStart, since.DateEnd, since.DatePrecision));
        var sinceNewYear = Extract.Counted("أعلنت وزارة الدفاع مقتل 230 إرهابيا منذ مطلع العام، بينهم 40 قياديا قتلوا بضربات جوية يوم الخميس الماضي", new DateOnly(2018, 6, 10))
            .Single(f => f.Min == 230);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 10)), (sinceNewYear.DateStart, sinceNewYear.DateEnd));
        // Since a month or a year: from its first day.
        var sinceMonth = Extract.Single("قتل 250 إرهابيا منذ كانون الثاني الماضي", new DateOnly(2018, 6, 10));
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 10)), (sinceMonth.DateStart, sinceMonth.DateEnd));
        // Between two days: over the days between (a first day without a year is not after the second).
        var between = Extract.Counted("وبمقتل 250 مدنيا، نصفهم في اعتداءات نسبت إلى تنظيم داعش بين 1 يناير و30 يونيو، فإن هذه الفترة هي الأكثر دموية", new DateOnly(2018, 7, 15)).Single();
        Assert.Equal((FactScope.Cumulative, new DateOnly(2018, 1, 1), new DateOnly(2018, 6, 30), DatePrecision.Range),
            (between.Scope, between.DateStart, between.DateEnd, between.DatePrecision));
        var upTo = Extract.Single("وقال المرصد إن الحصيلة منذ بداية الهجوم بلغت أمس 300 قتيل", new DateOnly(2018, 6, 10));
        Assert.Equal((FactScope.Cumulative, (DateOnly?)null, new DateOnly(2018, 6, 9)), (upTo.Scope, upTo.DateStart, upTo.DateEnd));
    }

    [Theory]
    [InlineData("فمنذ انطلاقها في يناير الماضي قتل أكثر من 40 جنديا تركيا", "2018-03-02", 40, "2018-01-01")]
    [InlineData("وارتفعت بذلك حصيلة القتلى جراء القصف منذ بدء الحملة العسكرية في 18 شباط/فبراير إلى نحو 1111 مدني", "2018-03-11", 1111, "2018-02-18")]
    [InlineData("وأوقعت الحرب في اليمن أكثر من عشرة آلاف قتيل منذ تدخل التحالف العسكري في 2015", "2018-08-09", 10000, "2015-01-01")]
    [InlineData("قالت الأمم المتحدة إن نحو 270 ألف شخص فروا من منازلهم منذ أن شن الجيش السوري هجوما قبل أسبوعين", "2018-07-02", 270000, "2018-06-15")]
    public void A_total_since_an_event_dated_a_few_words_after_since_runs_from_that_date_to_publication(string text, string published, double min, string from)
    {
        var day = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var fact = Extract.All(text, day).Single(f => f.Min == min);
        Assert.Equal((FactScope.Cumulative, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), day), (fact.Scope, fact.DateStart!.Value, fact.DateEnd!.Value));
    }

    [Fact]
    public void A_rank_since_an_event_opens_no_period_to_publication()
    {
        var published = new DateOnly(2018, 3, 11);
        var fact = Extract.All("وهو الهجوم الأعنف منذ اندلاع الحرب في 2011 وقتل فيه 30 شخصا", published).Single(f => f.Min == 30);
        Assert.NotEqual(published, fact.DateEnd);
    }

    [Fact]
    public void Days_and_weeks_back_from_publication_date_what_happened_then()
    {
        var published = new DateOnly(2018, 7, 27);
        var days = Extract.All("تفاصيل الهجوم الذي نفذه التنظيم على محافظة السويداء قبل يومين، وأدى إلى مقتل نحو 250 شخصا", published).Single(f => f.Min == 250);
        Assert.Equal((new DateOnly(2018, 7, 25), new DateOnly(2018, 7, 25), DateBasis.Relative), (days.DateStart!.Value, days.DateEnd!.Value, days.DateBasis));
        var weeks = Extract.Single("وقتلت قوات الأمن قبل أسبوعين، 11 مسلحا كانوا يختبئون داخل منزل مهجور", published);
        Assert.Equal((new DateOnly(2018, 7, 10), new DateOnly(2018, 7, 16), FactScope.Incident), (weeks.DateStart!.Value, weeks.DateEnd!.Value, weeks.Scope));
    }

    [Fact]
    public void What_happened_is_not_dated_after_publication()
    {
        var published = new DateOnly(2018, 5, 10);
        // A chronology's day without a year, after publication, is last year's.
        var chronology = Extract.Single("7 أيلول/سبتمبر: غارات جوية أسفرت عن مقتل اثنين في موقع عسكري", published);
        Assert.Equal(new DateOnly(2017, 9, 7), chronology.DateStart);
        // A date still to come in the sentence is another event's: the report's own day stands in.
        var election = Extract.Single("ويأتي الهجوم قبل الانتخابات المقررة في 20 تشرين الأول/أكتوبر، وبعد نحو أسبوع من مقتل 25 شخصا", published);
        Assert.Equal((published, DateBasis.Publication), (election.DateStart!.Value, election.DateBasis));
        // A date that says it is to come is no last year's either.
        var ahead = Extract.Counted("في 20 نيسان المقبل تبدأ محاكمة المتهمين بعد أن قتل 30 مدنيا", published).Single();
        Assert.Equal(published, ahead.DateStart!.Value);
        // Money may be pledged ahead.
        var pledge = Extract.Single("وتعهدت الدول بتقديم 3 مليارات دولار للعراق في 20 تشرين الأول/أكتوبر", published);
        Assert.Equal((FactKind.Funding, new DateOnly(2018, 10, 20)), (pledge.Kind, pledge.DateStart!.Value));
    }

    [Fact]
    public void Others_with_the_same_figure_are_no_restatement()
    {
        var facts = Extract.Counted("اعتقلت القوات الأمنية 3 إرهابيين في الموصل، كما اعتقلت أمس 3 آخرين في كركوك");
        Assert.Equal(["Nineveh", "Kirkuk"], facts.Select(f => f.Governorate));
    }

    [Fact]
    public void A_dating_restatement_keeps_the_place_the_first_mention_named()
    {
        const string text = "مقتل 12 جنديا بهجوم في الأنبار\nوصلت التعزيزات إلى المنطقة. وتواصل القوات عملياتها. وكانت وزارة الدفاع قد أعلنت مقتل 12 جنديا بهجوم انتحاري أمس.";
        var fact = Extract.Single(text, new DateOnly(2020, 6, 23));
        Assert.Equal((DateBasis.Relative, "Anbar"), (fact.DateBasis, fact.Governorate));
    }

    [Fact]
    public void Sentence_and_span_are_copied_from_the_original_text()
    {
        const string text = "تمهيد.\nوأعلنت القيادة مقتل ١٥ إرهابيّاً في الغارة. وانتهى البيان.";
        var fact = Extract.Single(text);
        Assert.Equal("وأعلنت القيادة مقتل ١٥ إرهابيّاً في الغارة", fact.Sentence);
        Assert.Equal("١٥ إرهابيّاً", Extract.SpanText(text, fact));
    }

    [Fact]
    public void Dates_come_from_the_mentions_of_the_sentence_else_from_publication()
    {
        const string text = "قتل 4 إرهابيين أمس الاثنين في ديالى. واعتقلت الشرطة 3 مطلوبين.";
        var at = text.IndexOf("أمس الاثنين", StringComparison.Ordinal);
        var yesterday = new DateMention
        {
            Text = "أمس الاثنين", Span = new TextSpan(at, at + "أمس الاثنين".Length),
            DateStart = new DateOnly(2020, 6, 22), DateEnd = new DateOnly(2020, 6, 22), DatePrecision = DatePrecision.Day, DateBasis = DateBasis.Relative,
        };
        var place = text.IndexOf("ديالى", StringComparison.Ordinal);
        var facts = FactExtractor.Extract(text, new DateOnly(2020, 6, 23), [yesterday], [new PlaceMention("ديالى", "Diyala", new TextSpan(place, place + 5))]);

        Assert.Equal((new DateOnly(2020, 6, 22), DateBasis.Relative), (facts[0].DateStart, facts[0].DateBasis));
        Assert.Equal(("ديالى", "Diyala"), (facts[0].Location, facts[0].Governorate));
        Assert.Equal((new DateOnly(2020, 6, 23), DateBasis.Publication, DatePrecision.Day), (facts[1].DateStart, facts[1].DateBasis, facts[1].DatePrecision));

        var undated = FactExtractor.Extract(text, null, [], []);
        Assert.Equal((null, DateBasis.None), (undated[1].DateStart, undated[1].DateBasis));
    }

    [Fact]
    public void A_cumulative_total_takes_the_period_named_in_its_sentence()
    {
        const string text = "قتل سلاح الجو 250 إرهابيا في 2022 بحسب الخفاجي";
        var at = text.IndexOf("في 2022", StringComparison.Ordinal);
        var year = new DateMention
        {
            Text = "في 2022", Span = new TextSpan(at, at + 7), DateStart = new DateOnly(2022, 1, 1), DateEnd = new DateOnly(2022, 12, 31),
            DatePrecision = DatePrecision.Year, DateBasis = DateBasis.Explicit,
        };
        var fact = FactExtractor.Extract(text, null, [year], []).Single();
        Assert.Equal(FactScope.Cumulative, fact.Scope);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), DateBasis.Explicit), (fact.DateStart, fact.DateEnd, fact.DateBasis));
    }

    [Fact]
    public void Extractor_has_a_semantic_version()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", new ArticleExtractor().Version);
    }
}
