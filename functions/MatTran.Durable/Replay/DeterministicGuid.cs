using System.Security.Cryptography;
using System.Text;

namespace MatTran.Durable.Replay;

/// <summary>Name-based UUID version 5 (RFC 4122 §4.3, SHA-1), as the Durable Task Framework uses for NewGuid.</summary>
internal static class DeterministicGuid
{
    /// <summary>The namespace Microsoft.DurableTask uses for orchestration GUIDs.</summary>
    public static readonly Guid OrchestrationNamespace = Guid.Parse("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(buffer, hash);
        var guid = hash[..16];
        guid[6] = (byte)((guid[6] & 0x0F) | 0x50);
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
        return new Guid(guid, bigEndian: true);
    }
}
