using System.Text.Json;
using Dashboard.Cli.Bench;

namespace Dashboard.Cli.Tests.Bench;

/// <summary>
/// Which called functions the plan writes in parentheses: only where that leaves the script's meaning as it was
/// (expressions), and only where it is not so already.
/// </summary>
public sealed class PlotlyPlanTests
{
    [Theory]
    [InlineData("var a=function(){return 1};", "function(){return 1}")]
    [InlineData("o={k:function(x){return x}};", "function(x){return x}")]
    [InlineData("f(1,function(){});", "function(){}")]
    [InlineData("g=c?function(){}:0;", "function(){}")]
    [InlineData("h=a||function(){};", "function(){}")]
    [InlineData("!function(){}();", "function(){}")]
    [InlineData("function m(){return function(){}}", "function(){}")]
    [InlineData("var b=(e,r)=>{r(e)};", "(e,r)=>{r(e)}")]
    [InlineData("var c=e=>e+1;", "e=>e+1")]
    [InlineData("var K=t(async (e)=>{await e});", "async (e)=>{await e}")]
    [InlineData("var M=K((e,r)=>{r.x=1});", "(e,r)=>{r.x=1}")]
    public void Function_expressions_and_arrows_are_wrapped(string text, string function)
    {
        var start = text.IndexOf(function, StringComparison.Ordinal);

        var wrap = PlotlyPlan.SpansToWrap(text, [(start, start + function.Length)]);

        Assert.Equal([start, start + function.Length], Assert.Single(wrap));
    }

    [Theory]
    // A declaration in parentheses would be an expression whose name nobody else sees.
    [InlineData("var a=1;function d(){return a}", "function d(){return a}")]
    [InlineData("{function d(){}}", "function d(){}")]
    // Already in parentheses of their own: V8 compiles these early as they are.
    [InlineData("(function(){})();", "function(){}")]
    [InlineData("var f=((e)=>e);", "(e)=>e")]
    // Methods and the script's top level are not expressions to wrap.
    [InlineData("var o={m(a){return a}};", "m(a){return a}")]
    [InlineData("function(){}", "function(){}")]
    public void Declarations_methods_and_functions_already_in_parentheses_are_left_alone(string text, string function)
    {
        var start = text.IndexOf(function, StringComparison.Ordinal);

        Assert.Empty(PlotlyPlan.SpansToWrap(text, [(start, start + function.Length)]));
    }

    [Fact]
    public void Spans_outside_the_text_and_repeated_ones_are_dropped()
    {
        const string text = "var a=function(){};";

        var wrap = PlotlyPlan.SpansToWrap(text, [(6, 18), (6, 18), (6, 400), (-1, 3), (9, 9)]);

        Assert.Equal([6, 18], Assert.Single(wrap));
    }

    [Fact]
    public void The_called_functions_are_read_from_the_coverage_of_the_script_at_the_url()
    {
        using var coverage = JsonDocument.Parse("""
            {"result":[
              {"url":"http://127.0.0.1:5080/scripts/plotly-basic-3.7.0.min.js","functions":[
                {"functionName":"","ranges":[{"startOffset":0,"endOffset":90,"count":1}]},
                {"functionName":"a","ranges":[{"startOffset":10,"endOffset":20,"count":3},{"startOffset":12,"endOffset":14,"count":0}]},
                {"functionName":"b","ranges":[{"startOffset":30,"endOffset":40,"count":0}]}]},
              {"url":"http://127.0.0.1:5080/js/chart-redraw.js","functions":[
                {"functionName":"c","ranges":[{"startOffset":5,"endOffset":9,"count":1}]}]}
            ]}
            """);

        var called = PlotlyPlan.CalledFunctions(coverage.RootElement, PlotlyPlan.ServedAt);

        Assert.Equal([(0, 90), (10, 20)], called);
    }
}
