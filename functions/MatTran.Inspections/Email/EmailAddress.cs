namespace MatTran.Inspections.Email;

/// <summary>A mailbox with an optional display name ("Ủy ban MTTQ xã Hạnh Sơn" &lt;mttq.hanhson@example.vn&gt;).</summary>
public sealed record EmailAddress(string Address, string? DisplayName = null)
{
    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
