using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Api;

public sealed class ApiJsonTests
{
    private sealed record Row(int Year, string Series, double Min);

    /// <summary>A response body whose stream is kept and whose pipe counts the buffers asked of it.</summary>
    private sealed class RecordingBody : IHttpResponseBodyFeature
    {
        private readonly CountingPipeWriter _writer;

        public RecordingBody()
        {
            _writer = new CountingPipeWriter(PipeWriter.Create(Stream));
        }

        public MemoryStream Stream { get; } = new();
        Stream IHttpResponseBodyFeature.Stream => Stream;
        public PipeWriter Writer => _writer;
        public int PipeBuffersAsked => _writer.BuffersAsked;

        public void DisableBuffering() { }
        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task CompleteAsync() => Task.CompletedTask;

        private sealed class CountingPipeWriter(PipeWriter inner) : PipeWriter
        {
            public int BuffersAsked { get; private set; }
            public override void Advance(int bytes) => inner.Advance(bytes);
            public override Memory<byte> GetMemory(int sizeHint = 0) { BuffersAsked++; return inner.GetMemory(sizeHint); }
            public override Span<byte> GetSpan(int sizeHint = 0) { BuffersAsked++; return inner.GetSpan(sizeHint); }
            public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
            public override long UnflushedBytes => inner.UnflushedBytes;
            public override void CancelPendingFlush() => inner.CancelPendingFlush();
            public override void Complete(Exception? exception = null) => inner.Complete(exception);
            public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
        }
    }

    private static (DefaultHttpContext Http, RecordingBody Body) Context()
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var body = new RecordingBody();
        http.Features.Set<IHttpResponseBodyFeature>(body);
        return (http, body);
    }

    [Fact]
    public async Task An_answer_is_written_through_the_response_stream_as_the_serializer_writes_it()
    {
        // Far past the serializer's buffer, so it is written in several pieces.
        var value = Enumerable.Range(0, 5_000).Select(i => new Row(2000 + i % 20, $"السومرية {i}", i / 3.0)).ToList();
        var (http, body) = Context();

        await ApiJson.Ok(value).ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", http.Response.ContentType);
        Assert.True(body.Stream.Length > 100_000);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), body.Stream.ToArray());
        // snake_case names and Arabic as it is (not \u escapes), as the contract's readers expect.
        Assert.StartsWith("[{\"year\":2000,\"series\":\"السومرية 0\",\"min\":0}", Encoding.UTF8.GetString(body.Stream.ToArray()));
        // Kestrel's pipe hands out 4 KB blocks; the serializer's 4 KB requests plus chunk framing would not fit them.
        Assert.Equal(0, body.PipeBuffersAsked);
    }

    [Fact]
    public async Task No_value_is_an_empty_answer()
    {
        var (http, body) = Context();

        await ApiJson.Ok<Row?>(null).ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal(0, body.Stream.Length);
    }
}
