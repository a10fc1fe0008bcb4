using CsCheck;
using Dashboard.Extraction.Places;
using Dashboard.Extraction.Tests.Dates;

namespace Dashboard.Extraction.Tests.Places;

public class GazetteerTests
{
    [Theory]
    [InlineData("وفي محافظة صلاح الدين أعلنت القيادة", "صلاح الدين", "Salah al-Din")]
    [InlineData("هجوم في نينوى أمس", "نينوى", "Nineveh")]
    [InlineData("تظاهرة في قضاء الحي جنوب واسط", "الحي", "Wasit")]
    [InlineData("قوات عراقية تلاحق «داعش» جنوب الموصل", "الموصل", "Nineveh")]
    [InlineData("عملية في ديالي", "ديالي", "Diyala")]
    [InlineData("انفجار ببعقوبه صباحا", "بعقوبه", "Diyala")]
    [InlineData("وصل الوفد الى الانبار", "الانبار", "Anbar")]
    [InlineData("السفارة الأميركية ببغداد", "بغداد", "Baghdad")]
    [InlineData("اشتباكات وبالفلوجة مساء", "الفلوجة", "Anbar")]
    [InlineData("عاد النازحون إلى فلوجة", "فلوجة", "Anbar")]
    [InlineData("طريق كركوك – ديالى", "كركوك", "Kirkuk")]
    [InlineData("الضربات في منطقة العيث بقاطع صلاح الدين", "العيث", "Salah al-Din")]
    [InlineData("المواكب الحسينية في \"إمام ويس\"", "إمام ويس", "Diyala")]
    [InlineData("في قضاء طوز خورماتو", "طوز خورماتو", "Salah al-Din")]
    [InlineData("قرب جرف الصخر شمال بابل", "جرف الصخر", "Babil")]
    [InlineData("في وادي حوران غرب الأنبار", "وادي حوران", "Anbar")]
    [InlineData("قضاء حديثة غربي الأنبار", "حديثة", "Anbar")]
    [InlineData("مدينة القائم الحدودية", "القائم", "Anbar")]
    [InlineData("في مطيبيجة بين ديالى وصلاح الدين", "مطيبيجة", "Salah al-Din")]
    [InlineData("هجوم على قرية في تل عفر", "تل عفر", "Nineveh")]
    [InlineData("عائد الى مخمور", "مخمور", "Nineveh")]
    [InlineData("وصلت التعزيزات للموصل", "الموصل", "Nineveh")]
    public void Finds_the_place_and_its_governorate(string text, string asWritten, string governorate)
    {
        var mention = Assert.Single(Gazetteer.FindAll(text), m => m.AsWritten == asWritten);
        Assert.Equal(governorate, mention.Governorate);
        if (!text.Contains("للموصل")) Assert.Equal(asWritten, text[mention.Span.Start..mention.Span.End]);
    }

    [Theory]
    [InlineData("يملك البلد موارد كبيرة")]
    [InlineData("القائم بأعمال السفارة الأميركية")]
    [InlineData("أسلحة حديثة ومتطورة")]
    [InlineData("في هذا البلد")]
    [InlineData("تحول الدور الإقليمي")]
    [InlineData("تقارير البغدادي قائد التنظيم")]
    [InlineData("الموصلات الكهربائية")]
    [InlineData("الأنباريون")]
    [InlineData("قتل 3 من سكان الحي في انفجار")]
    [InlineData("وسط الحي التجاري")]
    public void Ordinary_words_are_not_places(string text) => Assert.Empty(Gazetteer.FindAll(text));

    [Theory]
    [InlineData("حادث تصادم قطارين بمحافظة الإسكندرية الساحلية في مصر")]
    [InlineData("انفجار استهدف موكب مدير أمن مدينة الإسكندرية المصرية")]
    [InlineData("خروج المسلحين من حي الوعر في مدينة حمص")]
    [InlineData("استهدفت الغارات مواقع في وادي الجاح بمنطقة الحسينية التابعة لمديرية بيت الفقيه جنوب الحديدة")]
    public void A_name_Iraq_shares_with_a_place_abroad_is_not_Iraqi_beside_that_country(string text) =>
        Assert.DoesNotContain(Gazetteer.FindAll(text), m => m.Governorate is not null);

    [Theory]
    [InlineData("اشتباكات قرب ناحية الإسكندرية شمال بابل", "Babil")]
    [InlineData("تقدمت القوات نحو مدينة القائم على الحدود السورية", "Anbar")]
    [InlineData("أعلنت مديرية الاستخبارات العسكرية اعتقال 5 إرهابيين في قضاء القائم", "Anbar")]
    [InlineData("وقال مصدر في مديرية شرطة المحافظة إن 3 أشخاص قتلوا في قضاء الزبير", "Basra")]
    [InlineData("انفجرت عبوة ناسفة بعد صلاة المغرب في قضاء العمارة", "Maysan")]
    [InlineData("واتهم المسؤول فيلق القدس الإيراني فيما قتل 3 عناصر في قضاء القائم", "Anbar")]
    [InlineData("وعاد وزير الخارجية من عمان، فيما اعتقلت القوات 6 مطلوبين في منطقة العامرية", "Baghdad")]
    [InlineData("وزار الوفد بيروت الأسبوع الماضي.\nوقتل 3 جنود في قضاء حديثة", "Anbar")]
    [InlineData("اعتقلت القوات الأمنية 5 إرهابيين في قضاء القائم كانوا يهربون الأسلحة من حلب ودير الزور", "Anbar")]
    [InlineData("قتل 5 إرهابيين بينهم الانتحاري المكنى أبو حفص المصري قرب قضاء حديثة", "Anbar")]
    [InlineData("قتل 4 إرهابيين يحملون الجنسية المصرية في قضاء القائم", "Anbar")]
    [InlineData("اعتقلت مفارز الاستخبارات 3 متهمين في قضاء الدور كانوا على تواصل مع قيادات داعش في إدلب", "Salah al-Din")]
    [InlineData("اعتقال 4 إرهابيين في قضاء عنة، أحدهم يحمل الجنسية الفلسطينية", "Anbar")]
    public void The_same_names_stay_Iraqi_beside_a_neighbour_or_at_home(string text, string governorate) =>
        Assert.Contains(Gazetteer.FindAll(text), m => m.Governorate == governorate);

    [Fact]
    public void Places_outside_Iraq_have_no_governorate()
    {
        var mention = Assert.Single(Gazetteer.FindAll("العائلات في مخيم الهول"));
        Assert.Null(mention.Governorate);
    }

    [Fact]
    public void The_assimilated_article_gets_its_alef_back_and_the_span_covers_the_word()
    {
        const string text = "وصلت التعزيزات للموصل";
        var mention = Assert.Single(Gazetteer.FindAll(text));
        Assert.Equal("الموصل", mention.AsWritten);
        Assert.Equal("للموصل", text[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void Holds_every_governorate_and_at_least_150_places()
    {
        Assert.True(Gazetteer.PlaceCount >= 150, $"{Gazetteer.PlaceCount} places");
        Assert.Equal(19, Gazetteer.Governorates.Count);
        foreach (var name in new[] { "بغداد", "البصرة", "نينوى", "الأنبار", "صلاح الدين", "ديالى", "كركوك", "بابل", "كربلاء", "النجف", "واسط",
                     "ميسان", "ذي قار", "المثنى", "القادسية", "أربيل", "السليمانية", "دهوك", "حلبجة" })
            Assert.Contains(Gazetteer.GovernorateOf(name), Gazetteer.Governorates);
    }

    [Fact]
    public void Seed_003_places()
    {
        var places = Gazetteer.FindAll(SeedFiles.Read("003"));
        Assert.Equal(["Nineveh", "Nineveh", "Kirkuk", "Salah al-Din", "Baghdad", "Baghdad"], places.Take(6).Select(p => p.Governorate));
    }

    [Fact]
    public void Random_and_megabyte_inputs_never_throw_and_give_well_formed_spans()
    {
        static void Check(string text)
        {
            var previousEnd = 0;
            foreach (var place in Gazetteer.FindAll(text))
            {
                Assert.True(place.Span.Start >= previousEnd && place.Span.End > place.Span.Start && place.Span.End <= text.Length);
                previousEnd = place.Span.End;
            }
        }
        RandomText.Unicode.Sample(Check, iter: 2000);
        RandomText.DateLike.Sample(Check, iter: 2000);
        RandomText.Megabyte.Sample(Check, iter: 3, threads: 1);
    }
}
