namespace MatTran.LocalHost.Tests;

/// <summary>
/// A small province → district → commune tree whose ids carry a per-test prefix, so tests sharing one Azurite never
/// see each other's units and "nothing stored" can be checked exactly.
/// </summary>
internal sealed class UnitTree
{
    public UnitTree()
    {
        Prefix = "t" + Guid.NewGuid().ToString("N")[..10];
    }

    public string Prefix { get; }

    public string Province => Prefix + "-tinh";

    public string District => Prefix + "-huyen";

    public string Commune => Prefix + "-xa";

    public string Outside => Prefix + "-khac";

    public string Csv =>
        "id,name,level,parentId,email\r\n" +
        $"{Province},Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,\r\n" +
        $"{District},Ủy ban MTTQ huyện Hà Quảng,District,{Province},haquang@example.vn\r\n" +
        $"{Commune},\"Ủy ban MTTQ xã Trường Hà, huyện Hà Quảng\",Commune,{District},truongha@example.vn\r\n" +
        $"{Outside},Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn,MemberOrganization,,\r\n";
}
