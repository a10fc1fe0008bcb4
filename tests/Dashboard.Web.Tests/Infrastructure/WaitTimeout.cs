using Bunit;

namespace Dashboard.Web.Tests.Infrastructure;

/// <summary>
/// bUnit's waits give up after one second by default. The test machines are shared and a page's first render (MudBlazor,
/// localization, the fakes' answers on the thread pool) has taken longer than that under load; a wait returns as soon
/// as its assertion holds, so a longer limit only slows down a test that fails anyway.
/// </summary>
internal static class WaitTimeout
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static void Apply() => BunitContext.DefaultWaitTimeout = Default;
}
