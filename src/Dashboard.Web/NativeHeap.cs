using System.Runtime.InteropServices;

namespace Dashboard.Web;

/// <summary>
/// The C library's allocator (SQLite, compression, ICU and the runtime allocate there). glibc gives busy threads arenas
/// of their own, up to eight per core, and keeps what is freed in them: after a burst of page loads the native heap held
/// 38-47 MB where it started with 25. The runtime has made several arenas before Main runs, so the cap set here only
/// stops more being made (the environment variable MALLOC_ARENA_MAX=2 would cap them all); the trim when the server is
/// quiet gives the free pages of every arena back (docs/benchmarks.md, "Memory while serving"). Elsewhere than glibc on
/// Linux these do nothing.
/// </summary>
internal static class NativeHeap
{
    /// <summary>The process's arenas at most, on two cores (glibc's M_ARENA_MAX).</summary>
    public const int Arenas = 2;

    private const int ArenaMaxOption = -8; // M_ARENA_MAX in glibc's malloc.h

    /// <summary>Caps the arenas threads create from now on; true when the C library answered (glibc answers 1 to any option).</summary>
    public static bool LimitArenas(int arenas = Arenas) =>
        OperatingSystem.IsLinux() && Call(() => mallopt(ArenaMaxOption, arenas) == 1);

    /// <summary>Returns the free pages of every arena to the system; true when glibc says it returned any.</summary>
    public static bool Trim() => OperatingSystem.IsLinux() && Call(() => malloc_trim(0) == 1);

    // musl and other C libraries lack these or ignore them: the process then runs as before.
    private static bool Call(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc")]
    private static extern int mallopt(int param, int value);

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);
}
