using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace MatTran.Functions.Tests.Configuration;

/// <summary>
/// In-memory configuration that records every key the app looks up, present or not: the options binder asks for each
/// property of a bound class, so the record is the full list of settings the code can read.
/// </summary>
internal sealed class RecordingConfigurationSource(IReadOnlyDictionary<string, string?> values) : IConfigurationSource
{
    private readonly ConcurrentDictionary<string, byte> _read = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> KeysRead => _read.Keys.ToList();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this, values);

    private sealed class Provider : ConfigurationProvider
    {
        private readonly RecordingConfigurationSource _source;

        public Provider(RecordingConfigurationSource source, IReadOnlyDictionary<string, string?> values)
        {
            _source = source;
            foreach (var (key, value) in values)
            {
                Data[key] = value;
            }
        }

        public override bool TryGet(string key, out string? value)
        {
            _source._read.TryAdd(key, 0);
            return base.TryGet(key, out value);
        }
    }
}
