using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

/// <summary>Cases met in real articles beyond the seeds.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void A_number_in_the_range_of_years_counts_only_where_a_count_can_start()
    {
        Assert.Empty(Extract.Counted("ويشكل غيابه عن مونديال 2018 ضربة قاسية للفريق"));
        var fact = Extract.Single("وأسفرت المواجهات عن إصابة 2000 فلسطيني بجروح");
        Assert.Equal((FactKind.Wounded, 2000.0), (fact.Kind, fact.Min));
    }

    [Fact]
    public void Money_with_decimals_is_a_whole_number_of_units()
    {
        var fact = Extract.Single("وبلغت قيمة المساعدات 130,36 مليار دولار");
        Assert.Equal(130_360_000_000, fact.Min);
        Assert.Equal("USD", fact.Unit);
    }

    [Theory]
    [InlineData("وأوضح أن السعودية قدمت في عام 2014 مليار دولار للبنك المركزي", 1_000_000_000.0)]
    [InlineData("وتبلغ كلفة الأنبوب الذي أنشئ عام 1986 مليار دولار", 1_000_000_000.0)]
    [InlineData("ورصدت الحكومة لعام 2018 ملياري دولار للإعمار", 2_000_000_000.0)]
    public void A_year_before_a_scale_word_is_the_year_and_the_scale_word_the_amount(string text, double amount)
    {
        var fact = Extract.Single(text);
        Assert.Equal((FactKind.Funding, amount, "USD"), (fact.Kind, fact.Min, fact.Unit));
    }

    [Fact]
    public void Uprooting_is_displacement_even_after_a_killing_in_the_same_clause()
    {
        var facts = Extract.Counted("وأدت الحرب في اليمن إلى مقتل حوالي عشرة آلاف شخص وتشريد حوالي ثلاثة ملايين آخرين");
        Assert.Equal([(FactKind.Killed, 10_000.0), (FactKind.Displaced, 3_000_000.0)], facts.Select(f => (f.Kind, f.Min)));
    }

    [Theory]
    [InlineData("وأسفر النزاع عن سقوط قتلى بينما يواجه ملايين الأشخاص خطر المجاعة")]
    [InlineData("وقتل مدنيون في القصف ويحتاج 8 ملايين شخص إلى المساعدة")]
    public void People_facing_or_needing_something_are_not_casualties(string text)
    {
        Assert.DoesNotContain(Extract.All(text), f => f.Kind is FactKind.Killed or FactKind.Wounded);
    }

    [Theory]
    [InlineData("إن حوالي 75 شخصا قتلوا جراء الاختناق، بينما يعاني حوالي ألف آخرون من الهجوم", 1000)]
    [InlineData("وأعلن المكتب عدد القتلى، وقال إن 15 ألف شخص تضرروا من العاصفة", 15000)]
    [InlineData("إن ثلاثة أصيبوا في الهجوم في المنطقة الصناعية، حيث يعمل 5 آلاف فلسطيني في المصانع", 5000)]
    [InlineData("وقتل مدنيون في القصف، وهناك أكثر من ألف شخص بحاجة إلى إجلاء طبي", 1000)]
    public void People_suffering_harmed_or_working_take_no_toll_from_another_clause(string text, double figure)
    {
        Assert.DoesNotContain(Extract.All(text), f => f.Min == figure && f.Kind is FactKind.Killed or FactKind.Wounded or FactKind.Displaced);
    }

    [Theory]
    [InlineData("أسفر القصف عن مقتل العشرات", FactKind.Killed, 20, 99)]
    [InlineData("وقتل المئات في قصف جوي على الغوطة", FactKind.Killed, 200, 999)]
    [InlineData("أدت المواجهات إلى إصابة الآلاف", FactKind.Wounded, 2000, 9999)]
    public void A_vague_word_right_after_a_casualty_cue_counts_people(string text, FactKind kind, double min, double max)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal((kind, min, max, Qualifier.Vague), (fact.Kind, fact.Min, fact.Max, fact.Qualifier));
    }

    [Theory]
    [InlineData("شارك عشرات في المظاهرة")]
    [InlineData("وقضى عشرات السنين في السجن")]
    public void A_vague_word_without_a_cue_before_it_or_before_a_thing_is_no_casualty(string text)
    {
        Assert.DoesNotContain(Extract.All(text), f => f.Kind is FactKind.Killed or FactKind.Wounded or FactKind.Arrested);
    }

    [Fact]
    public void A_number_after_a_year_word_outside_the_years_keeps_its_scale()
    {
        var fact = Extract.Single("وأنفقت الوزارة خلال العام 500 مليار دينار");
        Assert.Equal((FactKind.Funding, 500_000_000_000.0, "IQD"), (fact.Kind, fact.Min, fact.Unit));
    }

    [Theory]
    [InlineData("وسيطرت الفصائل على 34،6% من المساحة", 34.6)]
    [InlineData("وبلغت نسبة المشاركة 47 في المئة", 47)]
    [InlineData("وبلغت نسبة المشاركة 47 بالمئة", 47)]
    public void Percentages_are_other(string text, double value)
    {
        var fact = Extract.Single(text);
        Assert.Equal((FactKind.Other, "percent", value), (fact.Kind, fact.Unit, fact.Min));
    }

    [Fact]
    public void Many_operations_are_a_total()
    {
        var fact = Extract.Single("نفذت القوات العراقية أكثر من ألف عملية برية عسكرية ضد التنظيم أخيرا");
        Assert.Equal((FactKind.Operations, FactScope.Cumulative, Qualifier.AtLeast), (fact.Kind, fact.Scope, fact.Qualifier));
    }

    [Fact]
    public void A_part_after_minhum_takes_the_kind_of_the_total()
    {
        const string text = "وقتل 25 شخصا، بينهم 12 جنديا وطفل واحد، في الهجوم";
        var facts = Extract.Counted(text);
        Assert.Equal(new[] { (FactKind.Killed, 25.0), (FactKind.Killed, 12.0), (FactKind.Killed, 1.0) }, facts.Select(f => (f.Kind, f.Min)));
        Assert.Equal(FactTarget.Mixed, facts[0].Target);
        Assert.Equal(FactTarget.SecurityForces, facts[1].Target);
    }

    [Fact]
    public void Wounded_noun_after_a_killed_total_is_its_own_fact()
    {
        var facts = Extract.Counted("أسفر الهجوم عن 8 قتلى و80 جريحا");
        Assert.Equal(new[] { (FactKind.Killed, 8.0), (FactKind.Wounded, 80.0) }, facts.Select(f => (f.Kind, f.Min)));
    }

    [Fact]
    public void A_sentencing_verb_stops_the_search_for_a_kind()
    {
        var facts = Extract.Counted("قضت المحكمة بإعدام 17 متهما وسجن 29 آخرين");
        Assert.DoesNotContain(facts, f => f.Min == 29);
    }

    [Fact]
    public void A_charge_after_the_count_is_not_the_act()
    {
        Assert.Empty(Extract.Counted("وجهت الشرطة لثلاثة رجال تهمة القتل غير العمد"));
    }

    [Fact]
    public void Iraqi_style_counts_in_brackets()
    {
        const string text = "ألقت مفارز الشرطة القبض على (4) متهمين بالإرهاب";
        var fact = Extract.Single(text);
        Assert.Equal((FactKind.Arrested, 4.0), (fact.Kind, fact.Min));
        Assert.Equal("4) متهمين", Extract.SpanText(text, fact));
    }

    [Fact]
    public void Killing_on_with_alqada_but_not_the_judiciary()
    {
        Assert.Equal(FactKind.Killed, Extract.Single("تمكنت القوات من القضاء على 20 إرهابيا").Kind);
        Assert.Empty(Extract.Counted("أحال القضاء 20 متهما إلى المحكمة"));
    }

    [Fact]
    public void Tens_of_thousands_in_a_camp_are_displaced()
    {
        var fact = Extract.Single("ويضم مخيم الهول عشرات الآلاف من النساء والأطفال");
        Assert.Equal((FactKind.Displaced, 20000.0, 99999.0, Qualifier.Vague), (fact.Kind, fact.Min, fact.Max, fact.Qualifier));
    }
}

public sealed class ReadingLimitsTests
{
    [Theory]
    [InlineData("ألقت الشرطة القبض على أرملة أبو عمر الشيشاني، أحد قادة تنظيم داعش")]
    [InlineData("بعدما كشفت زوجة أحد القتلى أن الرئيس جعله يبكي")]
    public void One_of_naming_someone_is_not_a_count(string text) => Assert.Empty(Extract.Counted(text));

    [Fact]
    public void A_denied_toll_is_not_reported()
    {
        Assert.Empty(Extract.Counted("وصرح بأن المصابين عولجوا نافيا مقتل عشرات الأشخاص"));
    }

    [Fact]
    public void The_verb_of_a_later_reported_clause_does_not_reach_back()
    {
        var facts = Extract.Counted("شنت ضربات ضد قوة مهاجمة من 500 مقاتل وأن نحو 100 منهم قد قتلوا");
        var killed = Assert.Single(facts);
        Assert.Equal((Model.FactKind.Killed, 100.0, Model.Qualifier.Approximate), (killed.Kind, killed.Min, killed.Qualifier));
    }
}
