using System.Collections.Frozen;
using Dashboard.Data.Queries;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Data.Configurations;

/// <summary>Stores an enum as its contract word ("militant_strength") so raw SQL reads like the contract.</summary>
internal sealed class ContractWordConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => ContractWords<TEnum>.ToWord(value),
    word => ContractWords<TEnum>.FromWord(word))
    where TEnum : struct, Enum;

/// <summary>Same as <see cref="ContractWordConverter{TEnum}"/> for optional values (a null stays NULL).</summary>
internal sealed class NullableContractWordConverter<TEnum>() : ValueConverter<TEnum?, string?>(
    value => value == null ? null : ContractWords<TEnum>.ToWord(value.Value),
    word => word == null ? null : ContractWords<TEnum>.FromWord(word))
    where TEnum : struct, Enum;

/// <summary>The contract words of an enum, computed once (converters run for every row written or read).</summary>
internal static class ContractWords<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Words =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => FactFilterQuery.Word(v));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Words.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToWord(TEnum value) =>
        Words.TryGetValue(value, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    public static TEnum FromWord(string word) =>
        Values.TryGetValue(word, out var value) ? value : throw new InvalidOperationException($"'{word}' is not a known {typeof(TEnum).Name} word.");
}
