using Dashboard.Extraction.Lexicons;
using Dashboard.Extraction.Model;
using Dashboard.Extraction.Text;
using Dashboard.Extraction.Tests.Facts;

namespace Dashboard.Extraction.Tests.Numbers;

/// <summary>Every way the press writes a number, each inside a phrase that makes it a fact.</summary>
public sealed class NumberFormTests
{
    [Theory]
    [InlineData("أعلنت الشرطة مقتل 12 مسلحا في الهجوم", 12, "12 مسلحا")]
    [InlineData("أعلنت الشرطة مقتل ١٢ مسلحا في الهجوم", 12, "١٢ مسلحا")]
    [InlineData("أعلنت الشرطة مقتل ۱۲ مسلحا في الهجوم", 12, "۱۲ مسلحا")]
    [InlineData("أعلنت الشرطة مقتل ١6٠ مسلحا في الهجوم", 160, "١6٠ مسلحا")]
    [InlineData("أعلنت الشرطة مقتل 5,964 مسلحا منذ بداية الحملة", 5964, "5,964 مسلحا")]
    [InlineData("أعلنت الشرطة مقتل 5.964 مسلحا منذ بداية الحملة", 5964, "5.964 مسلحا")]
    [InlineData("أعلنت الشرطة مقتل ٥٬٩٦٤ مسلحا منذ بداية الحملة", 5964, "٥٬٩٦٤ مسلحا")]
    public void Digits_of_every_script_and_thousands_separators(string text, double value, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(FactKind.Killed, fact.Kind);
        Assert.Equal(value, fact.Min);
        Assert.Equal(value, fact.Max);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Theory]
    [InlineData("خصص المانحون 2,5 مليار دولار لإعادة إعمار المناطق المحررة", 2_500_000_000, "2,5 مليار دولار")]
    [InlineData("خصص المانحون ٢٫٥ مليار دولار لإعادة إعمار المناطق المحررة", 2_500_000_000, "٢٫٥ مليار دولار")]
    [InlineData("خصص المانحون 1.5 مليون دولار لإعادة إعمار المناطق المحررة", 1_500_000, "1.5 مليون دولار")]
    [InlineData("خصص المانحون ٣٩٤ مليون دولار لإعادة إعمار المناطق المحررة", 394_000_000, "٣٩٤ مليون دولار")]
    [InlineData("خصص المانحون نصف مليون دولار لإعادة إعمار المناطق المحررة", 500_000, "نصف مليون دولار")]
    // A lone dot after one or two digits before millions or billions is a decimal point (not before .000); a comma there
    // stays thousands.
    [InlineData("خصص المانحون 4.250 مليون دولار لإعادة إعمار المناطق المحررة", 4_250_000, "4.250 مليون دولار")]
    [InlineData("خصص المانحون 1.500 مليار دولار لإعادة إعمار المناطق المحررة", 1_500_000_000, "1.500 مليار دولار")]
    [InlineData("خصص المانحون ١٢٫٥٠٠ مليون دولار لإعادة إعمار المناطق المحررة", 12_500_000, "١٢٫٥٠٠ مليون دولار")]
    [InlineData("خصص المانحون 4,250 مليون دولار لإعادة إعمار المناطق المحررة", 4_250_000_000, "4,250 مليون دولار")]
    [InlineData("خصص المانحون 1.000 مليار دولار لإعادة إعمار المناطق المحررة", 1_000_000_000_000, "1.000 مليار دولار")]
    [InlineData("خصص المانحون 104.158 مليار دولار لإعادة إعمار المناطق المحررة", 104_158_000_000_000, "104.158 مليار دولار")]
    public void Decimal_separators_and_scales_make_money_in_whole_units(string text, double value, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(FactKind.Funding, fact.Kind);
        Assert.Equal("USD", fact.Unit);
        Assert.Equal(value, fact.Min);
        Assert.Equal(value, fact.Max);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Theory]
    [InlineData("وأسفر الهجوم عن مقتل ثلاثة جنود", 3, "ثلاثة جنود")]
    [InlineData("وأسفر الهجوم عن مقتل ثلاث مجندات", 3, "ثلاث مجندات")]
    [InlineData("وأسفر الهجوم عن مقتل عشرة جنود", 10, "عشرة جنود")]
    [InlineData("وأسفر الهجوم عن مقتل أحد عشر جنديا", 11, "أحد عشر جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل إحدى عشرة مجندة", 11, "إحدى عشرة مجندة")]
    [InlineData("وأسفر الهجوم عن مقتل اثني عشر جنديا", 12, "اثني عشر جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل تسعة عشر جنديا", 19, "تسعة عشر جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل عشرين جنديا", 20, "عشرين جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل خمسة وعشرين جنديا", 25, "خمسة وعشرين جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل تسعين جنديا", 90, "تسعين جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل مئة جندي", 100, "مئة جندي")]
    [InlineData("وأسفر الهجوم عن مقتل مائة وخمسين جنديا", 150, "مائة وخمسين جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل مئتي جندي", 200, "مئتي جندي")]
    [InlineData("وأسفر الهجوم عن مقتل ثلاثمائة جندي", 300, "ثلاثمائة جندي")]
    [InlineData("وأسفر الهجوم عن مقتل ألف جندي", 1000, "ألف جندي")]
    [InlineData("وأسفر الهجوم عن مقتل ألفي جندي", 2000, "ألفي جندي")]
    [InlineData("وأسفر الهجوم عن مقتل ثلاثة آلاف جندي", 3000, "ثلاثة آلاف جندي")]
    [InlineData("وأسفر الهجوم عن مقتل 29 ألفا و358 جنديا", 29358, "29 ألفا و358 جنديا")]
    [InlineData("وأسفر الهجوم عن مقتل ألف وخمسمئة جندي", 1500, "ألف وخمسمئة جندي")]
    [InlineData("وقتل ألفا جندي في المعارك", 2000, "ألفا جندي")]
    public void Cardinal_words_in_their_gender_and_case_forms_and_compounds(string text, double value, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(FactKind.Killed, fact.Kind);
        Assert.Equal(FactTarget.SecurityForces, fact.Target);
        Assert.Equal(value, fact.Min);
        Assert.Equal(value, fact.Max);
        Assert.Equal(Qualifier.Exact, fact.Qualifier);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Fact]
    public void A_scale_with_the_alif_is_a_dual_before_its_noun_and_one_alone_or_after_a_number()
    {
        Assert.Equal(2_000_000, Extract.Counted("بما في ذلك مليونا نازح داخليا بسبب النزاع").Single().Min);
        Assert.Equal(1000, Extract.Counted("وقتل ألفا من المسلحين").Single().Min);
        Assert.Equal(20_000, Extract.Counted("وقتل 20 ألفا من المسلحين").Single().Min);
    }

    [Theory]
    [InlineData("أسفر التفجير عن سقوط قتيلين في السوق", FactKind.Killed, "قتيلين")]
    [InlineData("وأدى الانفجار إلى مقتل جنديين قرب الحاجز", FactKind.Killed, "جنديين")]
    [InlineData("وتمكنت القوة من العثور على عبوتين ناسفتين داخل المنزل", FactKind.Seized, "عبوتين")]
    [InlineData("نفذ طيران التحالف غارتين على مواقع التنظيم", FactKind.Strikes, "غارتين")]
    [InlineData("واعتقلت القوات الأمنية شخصين يشتبه بانتمائهما للتنظيم", FactKind.Arrested, "شخصين")]
    public void Duals_on_the_counted_noun_are_two(string text, FactKind kind, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(2, fact.Min);
        Assert.Equal(2, fact.Max);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Theory]
    [InlineData("اعتقلت القوات الأمنية بضعة مطلوبين في الحي", FactKind.Arrested, 3, 9, "بضعة مطلوبين")]
    [InlineData("شنت الطائرات عدة غارات على مواقع المسلحين", FactKind.Strikes, 3, 9, "عدة غارات")]
    [InlineData("أسفر القصف عن مقتل عشرات المدنيين في المدينة", FactKind.Killed, 20, 99, "عشرات المدنيين")]
    [InlineData("أسفرت العمليات عن اعتقال المئات منهم", FactKind.Arrested, 200, 999, "المئات منهم")]
    [InlineData("اعتقلت السلطات آلاف المشتبه بهم", FactKind.Arrested, 2000, 9999, "آلاف المشتبه")]
    [InlineData("وأدى القتال إلى نزوح عشرات الآلاف من المدنيين", FactKind.Displaced, 20000, 99999, "عشرات الآلاف من المدنيين")]
    public void Vague_quantities_keep_their_span_of_values(string text, FactKind kind, double min, double max, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(kind, fact.Kind);
        Assert.Equal(min, fact.Min);
        Assert.Equal(max, fact.Max);
        Assert.Equal(Qualifier.Vague, fact.Qualifier);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Theory]
    [InlineData("سيطر التنظيم على ثلث أراضي البلاد عام 2014", 1.0 / 3, "ثلث أراضي")]
    [InlineData("فر نصف سكان القرية بعد الهجوم", 0.5, "نصف سكان")]
    public void Fractions_are_other(string text, double value, string span)
    {
        var fact = Extract.Single(text);
        Assert.Equal(FactKind.Other, fact.Kind);
        Assert.Equal(value, fact.Min, 6);
        Assert.Equal(span, Extract.SpanText(text, fact));
    }

    [Fact]
    public void One_is_counted_only_as_one_of_a_definite_plural_or_after_its_noun()
    {
        var oneOf = Extract.Single("تمكنت القوات من قتل أحد الإرهابيين قرب الحدود");
        Assert.Equal((FactKind.Killed, 1.0), (oneOf.Kind, oneOf.Min));
        var after = Extract.Single("قتل إرهابي واحد في الاشتباك");
        Assert.Equal((FactKind.Killed, 1.0), (after.Kind, after.Min));
        Assert.Empty(Extract.All("وقف العراقيون صفا واحدا ضد الإرهاب"));
        Assert.Empty(Extract.All("تعد الجزيرة أحد المعاقل الرئيسية للتنظيم"));
        Assert.Empty(Extract.All("وصل الوفد يوم الأحد إلى بغداد"));
    }

    [Theory]
    [InlineData("كميات", false)]
    [InlineData("وكميات", false)]
    [InlineData("فكمية", false)]
    [InlineData("كالمئات", false)]
    [InlineData("بمئات", true)]
    [InlineData("ولمئات", true)]
    [InlineData("والعشرات", true)]
    public void A_number_word_takes_every_particle_but_the_comparing_kaf(string word, bool isNumber) =>
        Assert.Equal(isNumber, NumberWords.TryGet(ArabicNormalizer.NormalizeWord(word), out _, out _));

    [Fact]
    public void A_teen_with_the_article_is_one_number_not_ten()
    {
        var facts = Extract.All("وأوضح المرصد أن من بين القتلى الخمسة عشر سبعة أطفال في غارات على بلدات عدة");
        Assert.Equal([(FactKind.Killed, 15.0), (FactKind.Killed, 7.0)], facts.Select(f => (f.Kind, f.Min)));
        Assert.DoesNotContain(Extract.All("وقتل الجنود الخمسة عشر في الهجوم"), f => f.Min == 10);
    }

    [Fact]
    public void Two_thousand_and_three_thousand_is_a_range_not_two_thousand_and_three()
    {
        var fact = Extract.Single("وقدر فريق فرنسي عدد القتلى بما بين الفين وثلاثة آلاف");
        Assert.Equal((2000.0, 3000.0, Qualifier.Range), (fact.Min, fact.Max, fact.Qualifier));
        Assert.Equal(2003.0, Extract.Single("وقتل ألفان وثلاثة أشخاص في الحرب").Min);
    }

    [Fact]
    public void A_dual_noun_is_not_counted_by_another_figure()
    {
        Assert.DoesNotContain(Extract.All("وشيع عدة آلاف القتيلين القاصرين الأحد"), f => f.Kind == FactKind.Killed);
        Assert.Equal(2.0, Extract.Single("وأسفر الهجوم عن سقوط قتيلين").Min);
        // Without the article the same form may be a plural.
        Assert.Equal(4.0, Extract.Single("قتل أربعة شرطيين في الهجوم على الثكنة").Min);
    }
}
