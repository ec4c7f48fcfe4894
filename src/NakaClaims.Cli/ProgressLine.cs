namespace NakaClaims.Cli;

// "analysed 1200/5000 articles" on stderr, rewritten in place at most ten times a second.
internal sealed class ProgressLine(TextWriter errors, int total) : IProgress<int>, IDisposable
{
    private readonly Lock _lock = new();
    private long _lastTicks;

    public void Report(int value)
    {
        lock (_lock)
        {
            var now = Environment.TickCount64;
            if (now - _lastTicks >= 100 || value == total)
            {
                _lastTicks = now;
                errors.Write($"\ranalysed {value}/{total} articles");
            }
        }
    }

    public void Dispose() => errors.WriteLine();
}
