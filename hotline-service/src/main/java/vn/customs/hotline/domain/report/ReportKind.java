package vn.customs.hotline.domain.report;

/** The legal kind of a report, which decides its clocks: the Law on Denunciations, the Law on Complaints, or neither. */
public enum ReportKind {
    /** Tố cáo: someone broke the law or the rules of conduct (a bribe asked for, harassment). */
    DENUNCIATION,
    /** Khiếu nại: a decision or an act against the reporter himself is contested. May be withdrawn. */
    COMPLAINT,
    /** Phản ánh, kiến nghị: a remark on how the gate works; internal targets only. */
    PETITION
}
