using CsCheck;
using Dashboard.Extraction.Metadata;
using Dashboard.Extraction.Tests.Dates;

namespace Dashboard.Extraction.Tests.Metadata;

public class TextMetadataTests
{
    [Fact]
    public void Seed_004_headline_date_line_and_outlet()
    {
        var meta = TextMetadata.Sniff(SeedFiles.Read("004"));
        Assert.Equal("بغداد تنسّق مع «الناتو» لمحاربة «داعش»", meta.Title);
        Assert.Equal(new DateOnly(2020, 6, 23), meta.Published);
        Assert.Equal("الشرق الأوسط", meta.Outlet);
    }

    [Fact]
    public void Seed_003_is_the_papers_own_reporting_republished_by_a_site()
    {
        var meta = TextMetadata.Sniff(SeedFiles.Read("003"));
        Assert.Equal("قوات عراقية تلاحق «داعش» جنوب الموصل", meta.Title);
        Assert.Null(meta.Published);
        Assert.Equal("الشرق الأوسط", meta.Outlet);
        Assert.Equal("Ta4a.net", meta.Republisher);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Seeds_that_open_with_a_paragraph_have_no_title_and_no_date(string seed)
    {
        var meta = TextMetadata.Sniff(SeedFiles.Read(seed));
        Assert.Null(meta.Title);
        Assert.Null(meta.Published);
        Assert.Null(meta.Outlet);
    }

    [Theory]
    [InlineData("• 23/06/2020", 2020, 6, 23)]
    [InlineData("2020-06-23", 2020, 6, 23)]
    [InlineData("نشر في: 05/06/2020 - 10:30", 2020, 6, 5)]
    [InlineData("الثلاثاء 23 يونيو 2020", 2020, 6, 23)]
    public void Reads_a_date_line_under_the_headline(string dateLine, int year, int month, int day)
    {
        var text = "عنوان الخبر عن العراق\n\n" + dateLine + "\n• 00:00\n\nقالت الشرطة إن مسلحين هاجموا نقطة تفتيش في كركوك، ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين بجروح.";
        Assert.Equal(new DateOnly(year, month, day), TextMetadata.Sniff(text).Published);
    }

    [Fact]
    public void A_date_inside_the_first_paragraph_is_not_a_date_line()
    {
        const string text = "عنوان الخبر\n\nقالت الشرطة في 23/06/2020 إن مسلحين هاجموا نقطة تفتيش في كركوك وقتلوا جنديين وأصابوا ثلاثة آخرين بجروح مختلفة.";
        var meta = TextMetadata.Sniff(text);
        Assert.Equal("عنوان الخبر", meta.Title);
        Assert.Null(meta.Published);
    }

    [Theory]
    [InlineData("وقال المسؤول لـ\"الاقتصادية\" إن الخطة جاهزة.", "الاقتصادية")]
    [InlineData("وقال الخبير لـ«الشرق الأوسط»، إن التنظيم يحاول العودة.", "الشرق الأوسط")]
    [InlineData("وأضاف في تصريحات لـ«سكاي نيوز عربية» أن القوات تقدمت.", "سكاي نيوز عربية")]
    public void The_paper_spoken_to_is_the_outlet(string text, string outlet) =>
        Assert.Equal(outlet, TextMetadata.Sniff(text).Outlet);

    [Theory]
    [InlineData("ينتمون لـ«داعش» بما فيهم أمراء سابقون.")]
    [InlineData("وقال المسؤول لوكالة \"رويترز\" إن الهجوم فشل.")]
    [InlineData("وقال المسؤول لـ\"رويترز\" إن الهجوم فشل.")]
    [InlineData("أكد المرصد السوري لحقوق الإنسان مقتل عشرة في موقع عسكري قرب دمشق.")]
    public void Other_quoted_names_are_not_the_outlet(string text) => Assert.Null(TextMetadata.Sniff(text).Outlet);

    [Fact]
    public void A_footer_naming_the_site_is_the_outlet_when_the_text_marks_none()
    {
        const string text = "عنوان\n\nنص الخبر عن العمليات في الأنبار.\n\n© 2023 جميع الحقوق محفوظة لموقع المدى برس";
        var meta = TextMetadata.Sniff(text);
        Assert.Equal("المدى برس", meta.Outlet);
        Assert.Null(meta.Republisher);
    }

    [Fact]
    public void Random_and_megabyte_inputs_never_throw_and_stay_bounded()
    {
        static void Check(string text)
        {
            var meta = TextMetadata.Sniff(text);
            Assert.True(meta.Title is null || meta.Title.Length <= 200);
            Assert.True(meta.Outlet is null || meta.Outlet.Length <= 300);
        }
        RandomText.Unicode.Sample(Check, iter: 2000);
        RandomText.DateLike.Sample(Check, iter: 2000);
        RandomText.Megabyte.Sample(Check, iter: 3, threads: 1);
    }
}
