using System.Text;
using System.Text.Json;
using Dashboard.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Web.Tests.Api;

public sealed class ApiJsonTests
{
    private sealed record Row(int Year, string Series, double Min);

    [Fact]
    public async Task An_answer_is_written_through_the_response_stream_as_the_serializer_writes_it()
    {
        // Far past the serializer's buffer, so it is written in several pieces.
        var value = Enumerable.Range(0, 5_000).Select(i => new Row(2000 + i % 20, $"السومرية {i}", i / 3.0)).ToList();
        var http = new DefaultHttpContext();
        var body = new MemoryStream();
        http.Response.Body = body;

        await ApiJson.Ok(value).ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", http.Response.ContentType);
        Assert.True(body.Length > 100_000);
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), body.ToArray());
        // snake_case names and Arabic as it is (not \u escapes), as the contract's readers expect.
        Assert.StartsWith("[{\"year\":2000,\"series\":\"السومرية 0\",\"min\":0}", Encoding.UTF8.GetString(body.ToArray()));
    }
}
