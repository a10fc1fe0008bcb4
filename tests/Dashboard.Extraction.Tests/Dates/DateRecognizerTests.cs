using Dashboard.Extraction.Dates;
using Dashboard.Extraction.Model;

namespace Dashboard.Extraction.Tests.Dates;

public class DateRecognizerTests
{
    private static readonly DateOnly Published = new(2020, 6, 23); // a Tuesday

    /// <summary>text, publication date (or ""), the mention's words, start, end, precision, basis.</summary>
    public static TheoryData<string, string, string, string?, string?, DatePrecision, DateBasis> Cases => new()
    {
        // Day, month and year in every naming tradition.
        { "وصل الوفد في 10 أغسطس 2022 إلى بغداد", "", "في 10 أغسطس 2022", "2022-08-10", "2022-08-10", DatePrecision.Day, DateBasis.Explicit },
        { "جرى الاتفاق يوم 3 كانون الثاني 2015 في أربيل", "", "يوم 3 كانون الثاني 2015", "2015-01-03", "2015-01-03", DatePrecision.Day, DateBasis.Explicit },
        { "سقطت المدينة في 10 حزيران 2014 بيد التنظيم", "", "في 10 حزيران 2014", "2014-06-10", "2014-06-10", DatePrecision.Day, DateBasis.Explicit },
        { "أعلن النصر في 9 كانون الأول 2017", "", "في 9 كانون الأول 2017", "2017-12-09", "2017-12-09", DatePrecision.Day, DateBasis.Explicit },
        { "وقع الهجوم في 15 تشرين الأول 2016 قرب الموصل", "", "في 15 تشرين الأول 2016", "2016-10-15", "2016-10-15", DatePrecision.Day, DateBasis.Explicit },
        { "بدأت المعركة في 17 أكتوبر/تشرين الأول 2016", "", "في 17 أكتوبر/تشرين الأول 2016", "2016-10-17", "2016-10-17", DatePrecision.Day, DateBasis.Explicit },
        { "وصدر القرار في 5 فبرایر 2019", "", "في 5 فبرایر 2019", "2019-02-05", "2019-02-05", DatePrecision.Day, DateBasis.Explicit },
        { "انتهت العملية في 30 يونيه 2018", "", "في 30 يونيه 2018", "2018-06-30", "2018-06-30", DatePrecision.Day, DateBasis.Explicit },
        { "وفي 4 جويلية 2019 أعلنت الوزارة", "", "وفي 4 جويلية 2019", "2019-07-04", "2019-07-04", DatePrecision.Day, DateBasis.Explicit },
        { "نشر البيان يوم 12 أوت 2021", "", "يوم 12 أوت 2021", "2021-08-12", "2021-08-12", DatePrecision.Day, DateBasis.Explicit },
        { "وصل في 10 أغسطس (آب) 2022 إلى العاصمة", "", "في 10 أغسطس (آب) 2022", "2022-08-10", "2022-08-10", DatePrecision.Day, DateBasis.Explicit },
        { "اجتمع المجلس في 2 آب (أغسطس) 2019", "", "في 2 آب (أغسطس) 2019", "2019-08-02", "2019-08-02", DatePrecision.Day, DateBasis.Explicit },
        { "وفي ٢٥ آذار ٢٠١٩ أعلنت القيادة", "", "وفي ٢٥ آذار ٢٠١٩", "2019-03-25", "2019-03-25", DatePrecision.Day, DateBasis.Explicit },
        { "في الثالث من شباط 2018 قتل مسلح", "", "في الثالث من شباط 2018", "2018-02-03", "2018-02-03", DatePrecision.Day, DateBasis.Explicit },
        { "هجمات 7-9 يناير 2015 في باريس", "", "7-9 يناير 2015", "2015-01-07", "2015-01-09", DatePrecision.Range, DateBasis.Explicit },
        // A span across months with its year written once, at the end; a start later in the calendar is the year before.
        { "قتل 12 في هجمات بين 1 يناير و30 يونيو 2017 في الموصل", "2017-07-05", "بين 1 يناير و30 يونيو 2017", "2017-01-01", "2017-06-30", DatePrecision.Range, DateBasis.Explicit },
        { "اعتقل 40 من 15 نوفمبر إلى 2 يناير 2017 في كركوك", "", "من 15 نوفمبر إلى 2 يناير 2017", "2016-11-15", "2017-01-02", DatePrecision.Range, DateBasis.Explicit },
        { "خلال الفترة 10 مايو - 3 حزيران 2016 قتل 7", "", "10 مايو - 3 حزيران 2016", "2016-05-10", "2016-06-03", DatePrecision.Range, DateBasis.Explicit },
        { "قتل 1692 مدنيا بين 1 يناير و30 يونيو بحسب الأمم المتحدة", "2018-07-15", "بين 1 يناير و30 يونيو", "2018-01-01", "2018-06-30", DatePrecision.Range, DateBasis.Relative },
        { "اعتقل 40 من 15 ديسمبر إلى 10 يناير في كركوك", "2018-02-01", "من 15 ديسمبر إلى 10 يناير", "2017-12-15", "2018-01-10", DatePrecision.Range, DateBasis.Relative },
        { "قتل 1692 مدنيا بين 1 يناير و30 يونيو بحسب الأمم المتحدة", "", "بين 1 يناير و30 يونيو", null, null, DatePrecision.Unknown, DateBasis.None },

        // Month and year.
        { "ستغادر القوات في سبتمبر 2025 بحسب الاتفاق", "", "في سبتمبر 2025", "2025-09-01", "2025-09-30", DatePrecision.Month, DateBasis.Explicit },
        { "خلال شهر آب (أغسطس) 2014 اجتاح التنظيم سنجار", "", "خلال شهر آب (أغسطس) 2014", "2014-08-01", "2014-08-31", DatePrecision.Month, DateBasis.Explicit },
        { "منذ مارس/ آذار 2011 تدور الحرب", "", "منذ مارس/ آذار 2011", "2011-03-01", "2011-03-31", DatePrecision.Month, DateBasis.Explicit },
        { "في فيفري 2016 أعلنت السلطات", "", "في فيفري 2016", "2016-02-01", "2016-02-29", DatePrecision.Month, DateBasis.Explicit },

        // Day and month without a year: the year comes from the publication date.
        { "أعلنت الوزارة في 10 يونيو أن القوات", "2020-06-23", "في 10 يونيو", "2020-06-10", "2020-06-10", DatePrecision.Day, DateBasis.Relative },
        { "وصل الوفد في 28 ديسمبر الماضي", "2021-01-05", "في 28 ديسمبر الماضي", "2020-12-28", "2020-12-28", DatePrecision.Day, DateBasis.Relative },
        // «11 سبتمبر» after هجمات/ضحايا… names the 2001 attacks; elsewhere it is a day like any other.
        { "تعويض أقارب ضحايا 11 سبتمبر", "2018-05-03", "11 سبتمبر", "2001-09-11", "2001-09-11", DatePrecision.Day, DateBasis.Explicit },
        { "منذ هجمات 11 سبتمبر/أيلول تغيرت السياسة", "2018-05-03", "11 سبتمبر/أيلول", "2001-09-11", "2001-09-11", DatePrecision.Day, DateBasis.Explicit },
        { "المتهم بالضلوع في هجمات 11 سبتمبر", "2018-05-03", "11 سبتمبر", "2001-09-11", "2001-09-11", DatePrecision.Day, DateBasis.Explicit },
        { "عقب هجمات 11 سبتمبر عام 2001 مباشرة", "2018-05-03", "11 سبتمبر عام 2001", "2001-09-11", "2001-09-11", DatePrecision.Day, DateBasis.Explicit },
        { "سينشر التقرير في 11 سبتمبر المقبل", "2018-05-03", "في 11 سبتمبر المقبل", "2018-09-11", "2018-09-11", DatePrecision.Day, DateBasis.Relative },
        { "منذ هجمات الثلاثاء 11 سبتمبر تغير العالم", "2018-05-03", "الثلاثاء 11 سبتمبر", "2001-09-11", "2001-09-11", DatePrecision.Day, DateBasis.Explicit },
        { "وقعت أحداث 11 سبتمبر الماضي في المدينة", "2018-10-03", "11 سبتمبر الماضي", "2018-09-11", "2018-09-11", DatePrecision.Day, DateBasis.Relative },

        // Numeric dates.
        { "نشر بتاريخ 23/06/2020 على الموقع", "", "23/06/2020", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Explicit },
        { "• 6/23/2020", "", "6/23/2020", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Explicit },
        { "التحديث 2020-06-23 صباحا", "", "2020-06-23", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Explicit },
        { "صدر في 23-6-2020 بيان", "", "في 23-6-2020", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Explicit },
        { "صدر في 05/06/2020 بيان", "", "في 05/06/2020", "2020-06-05", "2020-06-05", DatePrecision.Day, DateBasis.Explicit },
        { "صدر في ٢٣/٠٦/٢٠٢٠ بيان", "", "في ٢٣/٠٦/٢٠٢٠", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Explicit },

        // Years and ranges of years.
        { "احتل التنظيم ثلث العراق عام 2014", "", "عام 2014", "2014-01-01", "2014-12-31", DatePrecision.Year, DateBasis.Explicit },
        { "قتل 250 إرهابياً في 2022 وفق البيان", "", "في 2022", "2022-01-01", "2022-12-31", DatePrecision.Year, DateBasis.Explicit },
        { "العراق في قلب تحد منذ 2003، بعد بروز", "", "منذ 2003", "2003-01-01", "2003-12-31", DatePrecision.Year, DateBasis.Explicit },
        { "تحولت العلاقة بعد عام 2014 وسقوط الموصل", "", "بعد عام 2014", "2014-01-01", "2014-12-31", DatePrecision.Year, DateBasis.Explicit },
        { "ارتكب الجرائم سنة 2017 في ديالى", "", "سنة 2017", "2017-01-01", "2017-12-31", DatePrecision.Year, DateBasis.Explicit },
        { "إستراتيجية مكافحة الإرهاب (2026- 2030) لتكون", "", "(2026- 2030)", "2026-01-01", "2030-12-31", DatePrecision.Range, DateBasis.Explicit },
        { "قتل المئات بين عامي 2014 و2017 في نينوى", "", "بين عامي 2014 و2017", "2014-01-01", "2017-12-31", DatePrecision.Range, DateBasis.Explicit },
        { "خطة الأعوام 2014-2017 للإعمار", "", "2014-2017", "2014-01-01", "2017-12-31", DatePrecision.Range, DateBasis.Explicit },
        { "خدم ضابطا من 1973 وحتى 1976 في الجيش", "", "من 1973 وحتى 1976", "1973-01-01", "1976-12-31", DatePrecision.Range, DateBasis.Explicit },
        { "تأسس الحزب في مطلع 2014م", "", "في مطلع 2014م", "2014-01-01", "2014-03-31", DatePrecision.Range, DateBasis.Explicit },
        { "وفي أواخر عام 2016 انسحبت القوات", "", "وفي أواخر عام 2016", "2016-10-01", "2016-12-31", DatePrecision.Range, DateBasis.Explicit },
        { "في منتصف عام 2011 زار الدوحة", "", "في منتصف عام 2011", "2011-04-01", "2011-09-30", DatePrecision.Range, DateBasis.Explicit },
        { "أطلقت العملية مطلع أكتوبر 2016 لتحرير الموصل", "", "مطلع أكتوبر 2016", "2016-10-01", "2016-10-10", DatePrecision.Range, DateBasis.Explicit },
        { "وفي نهاية ديسمبر، فككت أجهزة الأمن خلية", "2018-05-04", "وفي نهاية ديسمبر", "2017-12-21", "2017-12-31", DatePrecision.Range, DateBasis.Relative },
        { "وكانت فرنسا أعلنت في بداية آذار/مارس منح 14 مليون يورو", "2018-03-16", "في بداية آذار/مارس", "2018-03-01", "2018-03-10", DatePrecision.Range, DateBasis.Relative },

        // Seasons.
        { "شن التنظيم هجومه في صيف 2014 على الموصل", "", "في صيف 2014", "2014-06-01", "2014-08-31", DatePrecision.Range, DateBasis.Explicit },
        { "تراجعت الهجمات خلال ربيع العام الماضي", "2020-06-23", "خلال ربيع العام الماضي", "2019-03-01", "2019-05-31", DatePrecision.Range, DateBasis.Relative },
        { "توقفت العمليات في شتاء 2015 بسبب الأمطار", "", "في شتاء 2015", "2014-12-01", "2015-02-28", DatePrecision.Range, DateBasis.Explicit },
        { "وزار الوفد الموصل الصيف الماضي", "2020-06-23", "الصيف الماضي", "2019-06-01", "2019-08-31", DatePrecision.Range, DateBasis.Relative },

        // Relative days and periods.
        { "وقال بيان للخارجية، أمس الاثنين، إن الوزير", "2020-06-23", "أمس الاثنين", "2020-06-22", "2020-06-22", DatePrecision.Day, DateBasis.Relative },
        { "وقالت المديرية في بيان، أمس (الاثنين)، إنه", "2020-06-23", "أمس (الاثنين)", "2020-06-22", "2020-06-22", DatePrecision.Day, DateBasis.Relative },
        { "أعلنت الشرطة اليوم مقتل مسلحين", "2020-06-23", "اليوم", "2020-06-23", "2020-06-23", DatePrecision.Day, DateBasis.Relative },
        { "انفجرت عبوة أول أمس في بعقوبة", "2020-06-23", "أول أمس", "2020-06-21", "2020-06-21", DatePrecision.Day, DateBasis.Relative },
        { "وقع الهجوم الليلة الماضية قرب كركوك", "2020-06-23", "الليلة الماضية", "2020-06-22", "2020-06-22", DatePrecision.Day, DateBasis.Relative },
        { "استقبل الأعرجي الأربعاء الماضي سفير الاتحاد", "2020-06-23", "الأربعاء الماضي", "2020-06-17", "2020-06-17", DatePrecision.Day, DateBasis.Relative },
        { "وقبل يومين، أسفرت مواجهات عن قتيلين", "2018-05-26", "وقبل يومين", "2018-05-24", "2018-05-24", DatePrecision.Day, DateBasis.Relative },
        { "ومنذ بدء المسيرات في 30 من شهر مارس/آذار الماضي، قتل 123", "2018-06-02", "في 30 من شهر مارس/آذار الماضي", "2018-03-30", "2018-03-30", DatePrecision.Day, DateBasis.Relative },
        { "أوقف الشاب قبل 3 أيام في أربيل", "2018-06-09", "قبل 3 أيام", "2018-06-06", "2018-06-06", DatePrecision.Day, DateBasis.Relative },
        { "قتلت قوات الأمن قبل أسبوعين، 11 مسلحا", "2018-07-24", "قبل أسبوعين", "2018-07-07", "2018-07-13", DatePrecision.Range, DateBasis.Relative },
        { "في غارة جوية شنتها طائرات التحالف قبل أسبوع", "2018-04-16", "قبل أسبوع", "2018-04-06", "2018-04-12", DatePrecision.Range, DateBasis.Relative },
        { "وأعلنت القيادة، الثلاثاء الماضي، مقتل والي", "2020-06-23", "الثلاثاء الماضي", "2020-06-16", "2020-06-16", DatePrecision.Day, DateBasis.Relative },
        { "أعلن الجيش الأحد إطلاق عملية", "2020-06-23", "الأحد", "2020-06-21", "2020-06-21", DatePrecision.Day, DateBasis.Relative },
        { "شنت الطائرات فجر الاثنين غارات", "2020-06-23", "فجر الاثنين", "2020-06-22", "2020-06-22", DatePrecision.Day, DateBasis.Relative },
        { "قتل البغدادي نهاية العام الماضي في إدلب", "2020-06-23", "نهاية العام الماضي", "2019-10-01", "2019-12-31", DatePrecision.Range, DateBasis.Relative },
        { "قتل نحو 100 عنصر منذ مطلع العام الجاري", "2020-06-23", "منذ مطلع العام الجاري", "2020-01-01", "2020-06-23", DatePrecision.Range, DateBasis.Relative },
        { "ستجري الانتخابات مطلع العام المقبل", "2020-06-23", "مطلع العام المقبل", "2021-01-01", "2021-03-31", DatePrecision.Range, DateBasis.Relative },
        { "اعتقلت القوات 100 مطلوب منذ مطلع العام في كركوك", "2020-06-23", "منذ مطلع العام", "2020-01-01", "2020-06-23", DatePrecision.Range, DateBasis.Relative },
        { "تراجعت الهجمات في نهاية العام", "2020-06-23", "في نهاية العام", "2020-10-01", "2020-12-31", DatePrecision.Range, DateBasis.Relative },
        { "ارتفعت الهجمات منتصف العام الماضي", "2020-06-23", "منتصف العام الماضي", "2019-04-01", "2019-09-30", DatePrecision.Range, DateBasis.Relative },
        { "تراجعت الهجمات العام الماضي بشكل كبير", "2020-06-23", "العام الماضي", "2019-01-01", "2019-12-31", DatePrecision.Year, DateBasis.Relative },
        { "وقد اعتقلت القوات الشهر الماضي خلية", "2020-06-23", "الشهر الماضي", "2020-05-01", "2020-05-31", DatePrecision.Month, DateBasis.Relative },
        { "حققت القوات نجاحات هذا العام كبيرة", "2020-06-23", "هذا العام", "2020-01-01", "2020-12-31", DatePrecision.Year, DateBasis.Relative },
        { "الخطة التي أقرت في العام الجاري", "2020-06-23", "في العام الجاري", "2020-01-01", "2020-12-31", DatePrecision.Year, DateBasis.Relative },
        { "نفذت الضربات الأسبوع الماضي", "2020-06-23", "الأسبوع الماضي", "2020-06-16", "2020-06-22", DatePrecision.Range, DateBasis.Relative },
        { "وقع التفجير في فبراير الماضي", "2020-06-23", "في فبراير الماضي", "2020-02-01", "2020-02-29", DatePrecision.Month, DateBasis.Relative },

        // Without a publication date a relative date stays open: named, but not resolved.
        { "وقال بيان للخارجية، أمس الاثنين، إن الوزير", "", "أمس الاثنين", null, null, DatePrecision.Unknown, DateBasis.None },
        { "قتل البغدادي نهاية العام الماضي في إدلب", "", "نهاية العام الماضي", null, null, DatePrecision.Unknown, DateBasis.None },

        // Hijri dates.
        { "وفي 26 رمضان 1436 هـ أعلن", "", "وفي 26 رمضان 1436 هـ", "2015-07-13", "2015-07-13", DatePrecision.Day, DateBasis.Explicit },
        { "صدر الكتاب عام 1436 هـ في المدينة", "", "عام 1436 هـ", "2014-10-25", "2015-10-13", DatePrecision.Year, DateBasis.Explicit },
        { "وقع الهجوم في 26 رمضان قرب كركوك", "2015-08-01", "في 26 رمضان", "2015-07-13", "2015-07-13", DatePrecision.Day, DateBasis.Relative },
        { "خلال شهر رمضان 1441 هـ", "", "خلال شهر رمضان 1441 هـ", "2020-04-24", "2020-05-23", DatePrecision.Month, DateBasis.Explicit },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises(string text, string published, string words, string? start, string? end, DatePrecision precision, DateBasis basis)
    {
        var mentions = DateRecognizer.Find(text, published.Length == 0 ? null : DateOnly.Parse(published));

        var mention = Assert.Single(mentions, m => m.Text == words);
        Assert.Equal(words, text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(start is null ? null : DateOnly.Parse(start), mention.DateStart);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), mention.DateEnd);
        Assert.Equal(precision, mention.DatePrecision);
        Assert.Equal(basis, mention.DateBasis);
    }

    [Theory]
    [InlineData("قتل 2014 قتيلا في الهجمات")]
    [InlineData("قتل في 2014 قتيلا")]
    [InlineData("طائرات F-16 و AC-208 في الأجواء")]
    [InlineData("وفق أحكام المادة (4) إرهاب")]
    [InlineData("خرجت قوة بالساعة 500 من المفارز")]
    [InlineData("• 00:00")]
    [InlineData("أكثر من 2000 إلى 3000 مقاتل")]
    [InlineData("© Copyright 2024, All Rights Reserved")]
    [InlineData("جميع الحقوق محفوظة 2019")]
    [InlineData("يمارس الضغط مارس 2")]
    [InlineData("وأدى صلاة الجمعة في الجامع")]
    [InlineData("في الجمعة الثانية من المواجهات")]
    [InlineData("القائد العام للقوات المسلحة")]
    [InlineData("سجل الرقم 1,2014 في الإحصاء")]
    // A time back from something else than publication, or none told; months and years back mostly date a comparison.
    [InlineData("وصل الوفد قبل يومين من الانتخابات")]
    [InlineData("وصل الوفد قبل أسبوع موعد الانتخابات")]
    [InlineData("وقع الهجوم قبل أيام في الموصل")]
    [InlineData("جاء الهجوم أعنف من ذلك الذي وقع قبل عام")]
    [InlineData("أكثر أمنا عما كانت عليه قبل 15 عاما")]
    public void Is_not_a_date(string text) =>
        Assert.Empty(DateRecognizer.Find(text, Published));

    [Theory]
    [InlineData("قبل أن تفرض سيطرتها في نهاية شهر آب/أغسطس من العام نفسه على كامل محافظة نينوى")]
    [InlineData("وتم الإبلاغ عن 11 هجوما بالكلور في أواخر نوفمبر/تشرين الثاني حتى ديسمبر/كانون الأول 2016")]
    public void A_part_of_a_month_named_with_its_year_further_on_is_not_this_years(string text) =>
        Assert.DoesNotContain(DateRecognizer.Find(text, new DateOnly(2018, 10, 17)), m => m.DateStart is { Year: 2018 });

    [Fact]
    public void An_ordinal_after_week_counts_weeks_not_the_day() =>
        Assert.DoesNotContain(DateRecognizer.Find("وخلال الأسبوع الثاني من شباط/فبراير الحالي تصاعد القصف", new DateOnly(2018, 2, 18)),
            m => m.DateStart == new DateOnly(2018, 2, 2));

    [Fact]
    public void Numeric_dates_follow_the_month_day_order_the_text_uses()
    {
        const string text = "نشر في 6/23/2020 وعدل في 5/6/2020";
        var mentions = DateRecognizer.Find(text, null);
        Assert.Equal([new DateOnly(2020, 6, 23), new DateOnly(2020, 5, 6)], mentions.Select(m => m.DateStart!.Value));
    }

    [Fact]
    public void A_weekday_beside_a_day_and_month_pins_the_one_year_the_text_names()
    {
        const string text = "استقبل الأربعاء الماضي 10 أغسطس (آب) السفير. وقتل 250 إرهابياً في 2022.";
        var mention = DateRecognizer.Find(text, null)[0];
        Assert.Equal("الأربعاء الماضي 10 أغسطس (آب)", mention.Text);
        Assert.Equal(new DateOnly(2022, 8, 10), mention.DateStart);
    }

    [Fact]
    public void A_weekday_that_no_named_year_agrees_with_leaves_the_date_open()
    {
        const string text = "استقبل الخميس 10 أغسطس السفير. وقتل 250 إرهابياً في 2022.";
        var mention = DateRecognizer.Find(text, null)[0];
        Assert.Null(mention.DateStart);
        Assert.Equal(DatePrecision.Unknown, mention.DatePrecision);
    }

    [Fact]
    public void A_chronology_entry_without_a_year_is_the_last_one_before_publication()
    {
        var published = new DateOnly(2018, 5, 10);
        const string text = "أبرز الهجمات:\n- 5 حزيران: مقتل 3 من عناصر الشرطة.\n7 أيلول/سبتمبر: غارات جوية.\nفي 18 تموز: اختطاف 6 مدنيين.";
        Assert.Equal([new DateOnly(2017, 6, 5), new DateOnly(2017, 9, 7), new DateOnly(2017, 7, 18)],
            DateRecognizer.Find(text, published).Select(m => m.DateStart!.Value));
        // The latest entry may be the publication day itself.
        Assert.Equal(published, DateRecognizer.Find("- 10 أيار: مقتل 3 جنود.", published).Single().DateStart);
        // A date ahead inside a sentence keeps the nearest year, colon or not.
        var scheduled = DateRecognizer.Find("وقال إن الاجتماع سيعقد في 20 حزيران: وهو موعد نهائي.", published).Single();
        Assert.Equal(new DateOnly(2018, 6, 20), scheduled.DateStart);
    }

    [Fact]
    public void An_impossible_day_is_not_a_date() =>
        Assert.Empty(DateRecognizer.Find("في 31 فبراير 2020 وفي 31/02/2020", null));

    [Fact]
    public void Two_days_joined_by_and_without_between_are_two_dates_not_a_span()
    {
        var mentions = DateRecognizer.Find("شن التحالف 30 غارة يوم 3 يناير و4 فبراير 2017", null);

        Assert.Equal(["يوم 3 يناير", "4 فبراير 2017"], mentions.Select(m => m.Text));
        Assert.Equal(new DateOnly(2017, 2, 4), mentions[1].DateStart);
        Assert.Equal(new DateOnly(2017, 2, 4), mentions[1].DateEnd);
    }

    [Fact]
    public void Mentions_come_in_text_order_without_overlap()
    {
        const string text = "في عام 2014 وفي سبتمبر 2025 وأمس الاثنين و6/23/2020";
        var mentions = DateRecognizer.Find(text, Published);
        Assert.Equal(["في عام 2014", "وفي سبتمبر 2025", "وأمس الاثنين", "6/23/2020"], mentions.Select(m => m.Text));
    }
}
