using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Facts;

public sealed class QualifierTests
{
    [Theory]
    [InlineData("أعلنت القيادة مقتل نحو 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل حوالي 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل حوالى 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل قرابة 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل زهاء 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل ما يقارب 40 مسلحا في الاشتباكات", "40 مسلحا")]
    [InlineData("أعلنت القيادة مقتل 40 مسلحا تقريبا في الاشتباكات", "40 مسلحا")]
    public void Approximate(string text, string span) =>
        FactAssert.Is(text, FactKind.Killed, 40, 40, Qualifier.Approximate, FactScope.Incident, span);

    [Theory]
    [InlineData("أعلنت القيادة مقتل أكثر من 40 مسلحا في الاشتباكات")]
    [InlineData("أعلنت القيادة مقتل ما يزيد على 40 مسلحا في الاشتباكات")]
    [InlineData("أعلنت القيادة مقتل ما يزيد عن 40 مسلحا في الاشتباكات")]
    [InlineData("أعلنت القيادة مقتل ما لا يقل عن 40 مسلحا في الاشتباكات")]
    [InlineData("أعلنت القيادة أن عدد المسلحين القتلى تجاوز 40 مسلحا في الاشتباكات")]
    [InlineData("أعلنت القيادة مقتل 40 مسلحا على الأقل في الاشتباكات")]
    [InlineData("أعلنت القيادة أن 40 مسلحا قتلوا على الأقل في الاشتباكات")]
    [InlineData("لقي 40 مسلحا حتفهم على الأقل في الاشتباكات")]
    public void At_least_keeps_the_stated_number_as_both_bounds(string text) =>
        FactAssert.Is(text, FactKind.Killed, 40, 40, Qualifier.AtLeast, FactScope.Incident, "40 مسلحا");

    [Theory]
    [InlineData("أعلنت القيادة اعتقال أقل من 40 مطلوبا في الحملة")]
    [InlineData("أعلنت القيادة اعتقال ما لا يتجاوز 40 مطلوبا في الحملة")]
    [InlineData("أعلنت القيادة اعتقال ما يصل إلى 40 مطلوبا في الحملة")]
    public void At_most(string text) =>
        FactAssert.Is(text, FactKind.Arrested, 40, 40, Qualifier.AtMost, FactScope.Incident, "40 مطلوبا");

    [Theory]
    [InlineData("تشير التقديرات إلى وجود ما بين 400 إلى 500 عنصر من التنظيم في الصحراء", 400, 500, "400 إلى 500 عنصر")]
    [InlineData("تشير التقديرات إلى وجود بين 400 و500 عنصر من التنظيم في الصحراء", 400, 500, "400 و500 عنصر")]
    [InlineData("تشير التقديرات إلى وجود 27-31 ألف مقاتل من التنظيم في سوريا والعراق", 27000, 31000, "27-31 ألف مقاتل")]
    public void Ranges_give_both_ends(string text, double min, double max, string span) =>
        FactAssert.Is(text, FactKind.MilitantStrength, min, max, Qualifier.Range, FactScope.Incident, span);

    [Fact]
    public void Range_from_to()
    {
        FactAssert.Is("أصيب من 5 إلى 7 مدنيين في القصف", FactKind.Wounded, 5, 7, Qualifier.Range, FactScope.Incident, "5 إلى 7 مدنيين");
    }
}
