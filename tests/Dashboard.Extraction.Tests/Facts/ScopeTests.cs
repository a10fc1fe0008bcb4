using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

public sealed class ScopeTests
{
    [Theory]
    [InlineData("تمكن سلاح الجو من قتل 250 إرهابيا في 2022")]
    [InlineData("قتل 250 إرهابيا منذ مطلع العام الجاري")]
    [InlineData("قتل 250 إرهابيا خلال الشهر الماضي")]
    [InlineData("بلغ عدد الإرهابيين الذين قتلوا حتى الآن 250 إرهابيا")]
    [InlineData("قتل 250 إرهابيا منذ 2014")]
    [InlineData("قتل 250 إرهابيا على مدى 11 عاما")]
    public void Period_words_make_a_total_cumulative(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal(FactKind.Killed, fact.Kind);
        Assert.Equal(250, fact.Min);
        Assert.Equal(FactScope.Cumulative, fact.Scope);
    }

    [Theory]
    [InlineData("قتل 4 إرهابيين بضربة جوية أمس في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين منذ يومين في وادي الشاي")]
    [InlineData("قتل 4 إرهابيين في 10 آب 2022 في وادي الشاي")]
    public void One_event_is_an_incident(string text)
    {
        var fact = Extract.Counted(text).Single();
        Assert.Equal(FactScope.Incident, fact.Scope);
    }
}
