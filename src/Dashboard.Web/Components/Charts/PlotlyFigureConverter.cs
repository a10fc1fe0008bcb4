using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Plotly.Blazor;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// Writes Plotly.Blazor's figure types (those marked with its <see cref="PlotlyConverter"/>) exactly as that converter
/// does, with what it looks up per type found once. Its converter reads every property's attributes again for every
/// object it writes (a trace has 84 properties, a layout 93): a filter change's figures took 12-19 ms to serialize, and
/// a tenth of what a browser session allocated was those lookups. Placed in the options, it takes precedence over the
/// converter the types name.
/// </summary>
internal sealed class PlotlyFigureConverter : JsonConverterFactory
{
    private static readonly ConcurrentDictionary<Type, bool> Handled = new();

    public override bool CanConvert(Type typeToConvert) =>
        Handled.GetOrAdd(typeToConvert, t => t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType == typeof(PlotlyConverter));

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Writer<>).MakeGenericType(typeToConvert), options)!;

    /// <summary>How one property is written: by itself, as the list of a scalar-or-list pair, or as numbered subplots.</summary>
    private enum Shape { Plain, ArrayOfPair, Subplots }

    private sealed record PropertyPlan(PropertyInfo Property, string Name, Shape Shape, PropertyInfo? Standalone);

    private sealed class Writer<T> : JsonConverter<T>
    {
        private readonly ConcurrentDictionary<Type, PropertyPlan[]> _plans = new();
        private readonly JsonNamingPolicy? _naming;

        public Writer(JsonSerializerOptions options) => _naming = options.PropertyNamingPolicy;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Figures are only written.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            var skipNulls = options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull;
            writer.WriteStartObject();
            foreach (var plan in _plans.GetOrAdd(value!.GetType(), Plan))
            {
                var propertyValue = plan.Property.GetValue(value);
                switch (plan.Shape)
                {
                    case Shape.Plain:
                    case Shape.ArrayOfPair:
                        if (propertyValue is null && skipNulls) continue;
                        // The list is written only when its single-value twin is not set (Plotly.Blazor's rule).
                        if (plan.Shape == Shape.ArrayOfPair && plan.Standalone!.GetValue(value) is not null) continue;
                        writer.WritePropertyName(plan.Name);
                        JsonSerializer.Serialize(writer, propertyValue, options);
                        break;
                    case Shape.Subplots:
                        if (propertyValue is null)
                        {
                            if (skipNulls) continue;
                            writer.WriteNull(plan.Name);
                            break;
                        }
                        var index = 0;
                        foreach (var subplot in (IEnumerable)propertyValue)
                        {
                            writer.WritePropertyName(index == 0 ? plan.Name : $"{plan.Name}{index + 1}");
                            JsonSerializer.Serialize(writer, subplot, options);
                            index++;
                        }
                        break;
                }
            }
            writer.WriteEndObject();
        }

        private PropertyPlan[] Plan(Type type) =>
        [
            .. type.GetProperties().Select(property =>
            {
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>(true)?.Name ?? property.Name;
                if (_naming is not null) name = _naming.ConvertName(name);
                var isArray = property.GetCustomAttribute<ArrayAttribute>() is not null;
                var isSubplot = property.GetCustomAttribute<SubplotAttribute>() is not null;
                if (isArray && isSubplot) throw new NotSupportedException($"{type.Name}.{property.Name} is both an array and subplots.");
                var standalone = isArray
                    ? type.GetProperty(property.Name.Replace("Array", "", StringComparison.Ordinal))
                        ?? throw new ArgumentException($"No single-value property for {type.Name}.{property.Name}.")
                    : null;
                return new PropertyPlan(property, name, isArray ? Shape.ArrayOfPair : isSubplot ? Shape.Subplots : Shape.Plain, standalone);
            }),
        ];
    }
}
