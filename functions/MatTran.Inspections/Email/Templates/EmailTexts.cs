namespace MatTran.Inspections.Email.Templates;

/// <summary>
/// The Vietnamese wording of every email, in the register of the Front's official correspondence. Placeholders are
/// listed in <see cref="EmailPlaceholders"/>; dates arrive already formatted dd/MM/yyyy.
/// </summary>
public static class EmailTexts
{
    private const string AutomaticFooter =
        "Thư này được gửi tự động từ hệ thống quản lý kiểm tra, giám sát của {{issuerName}}. Đề nghị không trả lời trực tiếp thư này.";

    public static EmailTemplate For(EmailTemplateId id) => id switch
    {
        EmailTemplateId.NoticeToUnit => new(
            "Thông báo {{activity}} đối với {{unitName}} (số {{documentNumber}})",
            """
            Kính gửi: {{unitName}}.

            Thực hiện Kế hoạch số {{planNumber}}, {{issuerName}} ban hành Thông báo số {{documentNumber}} và Quyết định thành lập Đoàn {{activity}} đối với đơn vị. Đoàn sẽ làm việc với đơn vị vào ngày {{visitDate}}.

            Đơn vị xem toàn văn thông báo, quyết định và gửi {{selfReport}} trước ngày {{dueDate}} tại đường liên kết:
            {{link}}

            Đường liên kết chỉ dành cho đơn vị, có hiệu lực đến ngày {{linkExpiresOn}}.

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.SelfReportRequest => new(
            "Đề nghị gửi {{selfReport}} trước ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            Để chuẩn bị cho buổi làm việc của Đoàn {{activity}} ngày {{visitDate}}, {{issuerName}} đề nghị đơn vị xây dựng {{selfReport}} theo các nội dung đã thông báo và gửi về trước ngày {{dueDate}}.

            Đơn vị tải báo cáo lên tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.SelfReportReminderBeforeDue => new(
            "Nhắc gửi {{selfReport}}: hạn cuối ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            {{issuerName}} nhắc đơn vị: hạn gửi {{selfReport}} là ngày {{dueDate}}. Đến nay hệ thống chưa nhận được báo cáo của đơn vị.

            Đơn vị tải báo cáo lên tại đường liên kết:
            {{link}}

            Trường hợp đơn vị đã gửi báo cáo, xin bỏ qua thư này.

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.SelfReportReminderOnDueDay => new(
            "Hôm nay, ngày {{dueDate}}, là hạn cuối gửi {{selfReport}}",
            """
            Kính gửi: {{unitName}}.

            Hôm nay, ngày {{dueDate}}, là hạn cuối gửi {{selfReport}} phục vụ buổi làm việc của Đoàn ngày {{visitDate}}. Đề nghị đơn vị khẩn trương hoàn thành và gửi báo cáo tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.SelfReportOverdueToPlanner => new(
            "{{unitName}} chưa gửi {{selfReport}} (quá hạn {{daysOverdue}} ngày)",
            """
            Kính gửi: đồng chí {{recipientName}}.

            {{unitName}} chưa gửi {{selfReport}}. Hạn gửi là ngày {{dueDate}}, đã quá {{daysOverdue}} ngày; Đoàn dự kiến làm việc với đơn vị vào ngày {{visitDate}}.

            Đề nghị đồng chí liên hệ, đôn đốc đơn vị hoặc điều chỉnh lịch làm việc của Đoàn tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.FindingsReminderToTeamLead => new(
            "Nhắc cập nhật kết quả {{activity}} tại {{unitName}}",
            """
            Kính gửi: đồng chí {{recipientName}}, Trưởng đoàn {{activity}}.

            Đoàn đã làm việc với {{unitName}} ngày {{visitDate}}, đến nay đã {{daysWaiting}} ngày nhưng hệ thống chưa có kết quả {{activity}} và dự thảo báo cáo.

            Đề nghị đồng chí cập nhật kết quả theo từng nội dung tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.DraftReportForFeedback => new(
            "Dự thảo báo cáo kết quả {{activity}}: đề nghị đơn vị cho ý kiến trước ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            Đoàn {{activity}} của {{issuerName}} gửi đơn vị dự thảo báo cáo kết quả {{activity}} (tệp Word .docx, tải về tại mục Tài liệu của trang dành cho đơn vị). Đề nghị đơn vị nghiên cứu, cho ý kiến và giải trình (nếu có) trước ngày {{dueDate}} tại đường liên kết:
            {{link}}

            Quá thời hạn trên, nếu đơn vị không có ý kiến, Đoàn sẽ hoàn thiện báo cáo theo dự thảo.

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.ApprovalReminderToSupervisor => new(
            "Nhắc phê duyệt kết luận {{activity}} đối với {{unitName}}",
            """
            Kính gửi: đồng chí {{recipientName}}.

            Dự thảo Thông báo kết luận {{activity}} đối với {{unitName}} đã được Đoàn trình từ {{daysWaiting}} ngày trước và đang chờ đồng chí phê duyệt.

            Đồng chí xem và phê duyệt hoặc trả lại kèm ý kiến tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.ApprovalEscalationToPlanner => new(
            "Kết luận {{activity}} đối với {{unitName}} chờ phê duyệt quá hạn",
            """
            Kính gửi: đồng chí {{recipientName}}.

            Dự thảo Thông báo kết luận {{activity}} đối với {{unitName}} đã chờ phê duyệt {{daysWaiting}} ngày, vượt thời hạn quy định. Đề nghị đồng chí báo cáo lãnh đạo hoặc phân công người phê duyệt thay.

            Chi tiết tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.ConclusionIssued => new(
            "Thông báo kết luận {{activity}} số {{documentNumber}}",
            """
            Kính gửi: {{unitName}}.

            {{issuerName}} ban hành Thông báo kết luận {{activity}} số {{documentNumber}} đối với đơn vị. Đề nghị đơn vị tổ chức thực hiện các kiến nghị nêu trong thông báo và báo cáo kết quả khắc phục đúng thời hạn.

            Đơn vị xem toàn văn thông báo và báo cáo kết quả khắc phục tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.RemediationReminder => new(
            "Nhắc báo cáo kết quả khắc phục kiến nghị: hạn ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            Theo Thông báo kết luận số {{documentNumber}}, đơn vị có trách nhiệm thực hiện kiến nghị sau trước ngày {{dueDate}}:
            "{{recommendation}}"

            Đề nghị đơn vị báo cáo kết quả khắc phục kèm tài liệu chứng minh tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.RemediationOverdueToUnitHead => new(
            "Kiến nghị quá hạn khắc phục {{daysOverdue}} ngày (Thông báo số {{documentNumber}})",
            """
            Kính gửi: đồng chí {{recipientName}}, Thủ trưởng {{unitName}}.

            Kiến nghị sau trong Thông báo kết luận số {{documentNumber}} có thời hạn hoàn thành ngày {{dueDate}}, đến nay đã quá {{daysOverdue}} ngày nhưng đơn vị chưa báo cáo kết quả khắc phục:
            "{{recommendation}}"

            Đề nghị đồng chí chỉ đạo thực hiện và báo cáo tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.RemediationOverdueToPlanner => new(
            "{{unitName}} quá hạn khắc phục kiến nghị {{daysOverdue}} ngày",
            """
            Kính gửi: đồng chí {{recipientName}}.

            {{unitName}} chưa báo cáo kết quả khắc phục kiến nghị trong Thông báo kết luận số {{documentNumber}}; thời hạn hoàn thành là ngày {{dueDate}}, đã quá {{daysOverdue}} ngày:
            "{{recommendation}}"

            Đề nghị đồng chí đôn đốc đơn vị hoặc đề xuất phúc tra. Chi tiết tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.UnitFeedbackReminder => new(
            "Nhắc cho ý kiến dự thảo báo cáo kết quả {{activity}}: hạn cuối ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            {{issuerName}} nhắc đơn vị: hạn cho ý kiến, giải trình đối với dự thảo báo cáo kết quả {{activity}} là ngày {{dueDate}}.

            Đơn vị gửi ý kiến tại đường liên kết:
            {{link}}

            Quá thời hạn trên, nếu đơn vị không có ý kiến, Đoàn sẽ hoàn thiện báo cáo theo dự thảo. Trường hợp đơn vị đã gửi ý kiến, xin bỏ qua thư này.

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.VisitRescheduled => new(
            "Thay đổi thời gian làm việc của Đoàn {{activity}}: ngày {{visitDate}}",
            """
            Kính gửi: {{unitName}}.

            {{issuerName}} thông báo: thời gian Đoàn {{activity}} làm việc với đơn vị theo Thông báo số {{documentNumber}} được điều chỉnh sang ngày {{visitDate}}.

            Đề nghị đơn vị gửi {{selfReport}} trước ngày {{dueDate}} tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.InspectionCancelled => new(
            "Dừng {{activity}} đối với {{unitName}} (Thông báo số {{documentNumber}})",
            """
            Kính gửi: {{unitName}}.

            {{issuerName}} thông báo: cuộc {{activity}} đối với đơn vị theo Kế hoạch số {{planNumber}} và Thông báo số {{documentNumber}} không tiếp tục thực hiện. Đơn vị không phải gửi {{selfReport}}.

            Thông tin chi tiết tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.SelfReportReceivedToTeamLead => new(
            "{{unitName}} đã gửi {{selfReport}}",
            """
            Kính gửi: đồng chí {{recipientName}}, Trưởng đoàn {{activity}}.

            {{unitName}} đã gửi {{selfReport}} phục vụ buổi làm việc của Đoàn ngày {{visitDate}}.

            Đồng chí xem báo cáo tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.UnitFeedbackReceivedToTeamLead => new(
            "{{unitName}} đã gửi ý kiến giải trình về dự thảo báo cáo kết quả {{activity}}",
            """
            Kính gửi: đồng chí {{recipientName}}, Trưởng đoàn {{activity}}.

            {{unitName}} đã gửi ý kiến giải trình về dự thảo báo cáo kết quả {{activity}}. Đồng chí xem xét, hoàn thiện báo cáo và dự thảo Thông báo kết luận {{activity}} tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.RemediationReportedToTeamLead => new(
            "{{unitName}} báo cáo kết quả khắc phục kiến nghị",
            """
            Kính gửi: đồng chí {{recipientName}}, Trưởng đoàn {{activity}}.

            {{unitName}} đã báo cáo kết quả khắc phục kiến nghị trong Thông báo kết luận {{activity}} số {{documentNumber}}:
            "{{recommendation}}"

            Đề nghị đồng chí xem xét, công nhận hoặc yêu cầu đơn vị tiếp tục khắc phục tại:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.RemediationRejectedToUnit => new(
            "Đề nghị tiếp tục khắc phục kiến nghị: hạn mới ngày {{dueDate}}",
            """
            Kính gửi: {{unitName}}.

            Đoàn {{activity}} của {{issuerName}} chưa công nhận báo cáo khắc phục của đơn vị đối với kiến nghị sau trong Thông báo kết luận số {{documentNumber}}:
            "{{recommendation}}"

            Đề nghị đơn vị tiếp tục khắc phục và báo cáo lại kèm tài liệu chứng minh trước ngày {{dueDate}} tại đường liên kết:
            {{link}}

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        EmailTemplateId.UnitLinkRenewed => new(
            "Đường liên kết mới về cuộc {{activity}} đối với {{unitName}}",
            """
            Kính gửi: {{unitName}}.

            Theo đề nghị gửi từ trang dành cho đơn vị, {{issuerName}} gửi đường liên kết mới để đơn vị theo dõi và thực hiện các nội dung của cuộc {{activity}} theo Kế hoạch số {{planNumber}}:
            {{link}}

            Đường liên kết chỉ dành cho đơn vị, có hiệu lực đến ngày {{linkExpiresOn}}. Nếu đơn vị không đề nghị cấp lại đường liên kết, xin bỏ qua thư này.

            Trân trọng.
            """ + "\n\n" + AutomaticFooter),

        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };
}
