using System.Text;

namespace MatTran.LocalHost.Tests;

/// <summary>Files the tests upload as a unit would: a minimal, well-formed one-page PDF.</summary>
internal static class TestFiles
{
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
