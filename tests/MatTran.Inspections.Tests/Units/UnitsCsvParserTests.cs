using MatTran.Inspections.Units;
using MatTran.Inspections.Validation;

namespace MatTran.Inspections.Tests.Units;

[TestClass]
public sealed class UnitsCsvParserTests
{
    private const string Header = "id,name,level,parentId,email\n";

    [TestMethod]
    public void Valid_file_with_bom_and_quoted_Vietnamese_names_is_read()
    {
        string csv = "\uFEFF" + Header +
            "cb,Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,mttq@caobang.example.vn\r\n" +
            "cb-hoaan,\"Ủy ban MTTQ Việt Nam huyện Hòa An, tỉnh Cao Bằng\",District,cb,mttq.hoaan@caobang.example.vn\r\n" +
            "cb-hoaan-khu1,Ban công tác Mặt trận xóm Nà Rụa,residentialarea,cb-hoaan,\r\n";

        var result = UnitsCsvParser.Parse(csv);

        Assert.IsTrue(result.Validation.IsValid, string.Join("; ", result.Validation.Errors));
        Assert.HasCount(3, result.Units);
        Assert.AreEqual(new Unit("cb-hoaan", "Ủy ban MTTQ Việt Nam huyện Hòa An, tỉnh Cao Bằng", UnitLevel.District, "cb", "mttq.hoaan@caobang.example.vn"), result.Units[1]);
        Assert.AreEqual(UnitLevel.ResidentialArea, result.Units[2].Level);
        Assert.IsNull(result.Units[2].Email);
        Assert.IsNull(result.Units[0].ParentId);
    }

    [TestMethod]
    public void A_control_character_in_any_cell_fails_its_line_naming_line_and_column()
    {
        string csv = Header +
            "cb,Ủy ban MTTQ tỉnh Cao Bằng,Province,,\n" +
            "cb-hoaan,Huyện\u0000 Hòa An,District,cb,\n" +
            "cb-hoaan-x,Xã Hồng Việt,Commune,cb-hoaan,mttq@\u0001example.vn\n";

        var result = UnitsCsvParser.Parse(csv);

        Assert.IsEmpty(result.Units);
        var codes = result.Validation.ErrorCodesByField();
        CollectionAssert.AreEqual(new[] { ValidationCodes.TextControlCharacter }, codes["lines[3].name"]);
        CollectionAssert.AreEqual(new[] { ValidationCodes.TextControlCharacter }, codes["lines[4].email"]);
        StringAssert.StartsWith(result.Validation.ErrorsByField()["lines[3].name"][0], "Dòng 3:");
    }

    [TestMethod]
    public void A_name_longer_than_a_unit_name_may_be_fails_its_line()
    {
        string csv = Header + $"cb,{new string('H', TextLimits.UnitName + 1)},Province,,\n";

        var result = UnitsCsvParser.Parse(csv);

        CollectionAssert.AreEqual(new[] { ValidationCodes.TextTooLong }, result.Validation.ErrorCodesByField()["lines[2].name"]);
    }

    [TestMethod]
    [DataRow("=cmd|' /C calc'!A0")]
    [DataRow("+1+1")]
    [DataRow("-1+1")]
    [DataRow("@SUM(1)")]
    [DataRow("\"\t=1+1\"")]
    public void A_name_a_spreadsheet_would_run_as_a_formula_fails_its_line(string name)
    {
        var result = UnitsCsvParser.Parse(Header + $"cb,{name},Province,,\n");

        Assert.IsEmpty(result.Units);
        CollectionAssert.AreEqual(new[] { ValidationCodes.UnitNameFormula }, result.Validation.ErrorCodesByField()["lines[2].name"]);
    }

    [TestMethod]
    public void A_decomposed_name_is_read_composed()
    {
        string decomposed = "Ủy ban MTTQ xã Hạnh Sơn".Normalize(System.Text.NormalizationForm.FormD);
        var unit = UnitsCsvParser.Parse(Header + $"cb,{decomposed},Province,,\n").Units.Single();
        Assert.AreEqual("Ủy ban MTTQ xã Hạnh Sơn".Normalize(System.Text.NormalizationForm.FormC), unit.Name);
    }

    [TestMethod]
    public void Wrong_header_is_rejected()
    {
        var result = UnitsCsvParser.Parse("ma,ten,cap\ncb,X,Province\n");
        Assert.IsTrue(result.Validation.HasError(ValidationCodes.UnitsCsvHeaderInvalid));
        Assert.IsEmpty(result.Units);
    }

    [TestMethod]
    public void Empty_file_is_rejected()
    {
        Assert.IsTrue(UnitsCsvParser.Parse("\uFEFF").Validation.HasError(ValidationCodes.UnitsCsvEmpty));
    }

    [TestMethod]
    public void Unknown_parent_is_reported_with_its_line_number()
    {
        var result = UnitsCsvParser.Parse(Header + "cb,Tỉnh,Province,,\ncb-x,Huyện X,District,nowhere,\n");
        var error = result.Validation.Errors.Single();
        Assert.AreEqual(ValidationCodes.UnitParentUnknown, error.Code);
        Assert.AreEqual("lines[3].parentId", error.Field);
        StringAssert.StartsWith(error.Message, "Dòng 3:");
        Assert.IsEmpty(result.Units, "nothing is imported when any line is wrong");
    }

    [TestMethod]
    public void Parent_may_be_an_already_known_unit()
    {
        var known = new UnitDirectory([new Unit("cb", "Tỉnh", UnitLevel.Province, null, null)]);
        var result = UnitsCsvParser.Parse(Header + "cb-x,Huyện X,District,cb,\n", known);
        Assert.IsTrue(result.Validation.IsValid);
    }

    [TestMethod]
    public void Duplicate_id_names_the_first_line()
    {
        var result = UnitsCsvParser.Parse(Header + "cb,Tỉnh,Province,,\ncb,Tỉnh lần hai,Province,,\n");
        var error = result.Validation.Errors.Single();
        Assert.AreEqual(ValidationCodes.UnitIdDuplicate, error.Code);
        StringAssert.Contains(error.Message, "dòng 2");
    }

    [TestMethod]
    public void Bad_email_is_rejected()
    {
        var result = UnitsCsvParser.Parse(Header + "cb,Tỉnh,Province,,mttq at caobang\ncb2,Tỉnh 2,Province,,\"Ban <a@b.vn>\"\n");
        Assert.HasCount(2, result.Validation.Errors);
        Assert.IsTrue(result.Validation.Errors.All(e => e.Code == ValidationCodes.UnitEmailInvalid));
    }

    [TestMethod]
    public void Unknown_level_and_numeric_level_are_rejected()
    {
        var result = UnitsCsvParser.Parse(Header + "a,A,Region,,\nb,B,2,,\n");
        Assert.AreEqual(2, result.Validation.Errors.Count(e => e.Code == ValidationCodes.UnitLevelInvalid));
    }

    [TestMethod]
    public void Missing_id_name_and_wrong_column_count_are_each_reported()
    {
        var result = UnitsCsvParser.Parse(Header + ",Tên,Province,,\nx,,Province,,\ny,Y,Province\n");
        CollectionAssert.AreEquivalent(
            new[] { ValidationCodes.UnitIdRequired, ValidationCodes.UnitNameRequired, ValidationCodes.UnitsCsvColumnCount },
            result.Validation.Errors.Select(e => e.Code).ToArray());
    }

    [TestMethod]
    public void Id_with_characters_unfit_for_storage_keys_is_rejected()
    {
        var result = UnitsCsvParser.Parse(Header + "cb/hoà an,Huyện,District,,\n");
        Assert.IsTrue(result.Validation.HasError(ValidationCodes.UnitIdInvalid));
    }

    [TestMethod]
    public void Self_parent_and_parent_cycles_are_rejected()
    {
        var self = UnitsCsvParser.Parse(Header + "a,A,District,a,\n");
        Assert.IsTrue(self.Validation.HasError(ValidationCodes.UnitParentSelf));

        var cycle = UnitsCsvParser.Parse(Header + "a,A,District,b,\nb,B,District,a,\n");
        Assert.AreEqual(2, cycle.Validation.Errors.Count(e => e.Code == ValidationCodes.UnitParentCycle));
    }

    [TestMethod]
    public void Malformed_quoting_is_reported_with_line_number()
    {
        var result = UnitsCsvParser.Parse(Header + "a,\"A,Province,,\n");
        var error = result.Validation.Errors.Single();
        Assert.AreEqual(ValidationCodes.UnitsCsvMalformed, error.Code);
        Assert.AreEqual("lines[2]", error.Field);
    }

    [TestMethod]
    public void Line_numbers_count_the_lines_inside_quoted_fields_and_the_empty_lines()
    {
        string csv = Header + "cb,\"Ủy ban MTTQ Việt Nam\ntỉnh Cao Bằng\",Province,,\n\n\ncb-x,Huyện X,District,nowhere,\n";

        var errors = UnitsCsvParser.Parse(csv).Validation.Errors;

        // A name is one line (text.lineBreak at line 2); the record it spans still counts two lines, so the unknown
        // parent three empty lines later is on line 6.
        Assert.AreEqual("lines[2].name", errors.Single(e => e.Code == ValidationCodes.TextLineBreak).Field);
        var parent = errors.Single(e => e.Field.EndsWith(".parentId", StringComparison.Ordinal));
        Assert.AreEqual("lines[6].parentId", parent.Field);
        StringAssert.StartsWith(parent.Message, "Dòng 6:");
    }

    [TestMethod]
    public void Uploaded_UTF8_bytes_with_a_byte_order_mark_are_read()
    {
        byte[] upload = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Header + "cb,Ủy ban MTTQ Việt Nam tỉnh Cao Bằng,Province,,\n")];

        var result = UnitsCsvParser.Parse(upload);

        Assert.IsTrue(result.Validation.IsValid, string.Join("; ", result.Validation.Errors));
        Assert.AreEqual("Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", result.Units.Single().Name);
    }

    [TestMethod]
    public void Semicolons_in_a_name_do_not_split_it()
    {
        var result = UnitsCsvParser.Parse(Header + "cb,Ban A; Ban B,Province,,\n");

        Assert.AreEqual("Ban A; Ban B", result.Units.Single().Name);
    }

    [TestMethod]
    [DataRow("a,A\"x,Province,,\n")]
    [DataRow("a,\"A\"x,Province,,\n")]
    public void Stray_quote_is_reported_at_its_line_and_nothing_is_imported(string line)
    {
        var result = UnitsCsvParser.Parse(Header + "ok,Tỉnh,Province,,\n" + line);

        var error = result.Validation.Errors.Single();
        Assert.AreEqual(ValidationCodes.UnitsCsvMalformed, error.Code);
        Assert.AreEqual("lines[3]", error.Field);
        Assert.IsEmpty(result.Units);
    }
}
