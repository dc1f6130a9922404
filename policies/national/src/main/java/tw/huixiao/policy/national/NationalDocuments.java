package tw.huixiao.policy.national;

import java.time.LocalDate;
import tw.huixiao.policy.spi.LocalizedText;
import tw.huixiao.policy.spi.SourceDocument;

/**
 * The national laws every county module rests on (policy-reference §0: TW-DROPOUT,
 * TW-LONG-ABSENCE, TW-PENALTY, TW-ZERO-REJECT, TW-TIERS). Dates and numbers as cited in the
 * New Taipei document's 相關法令 list.
 */
public final class NationalDocuments {

    /** 強迫入學條例, amended 92.1.15 總統華總一義字第 09200005470 號令. */
    public static final SourceDocument COMPULSORY_EDUCATION_ACT = new SourceDocument(
            LocalizedText.of("強迫入學條例", "Compulsory Education Act"),
            LocalDate.of(2003, 1, 15), "華總一義字第 09200005470 號");

    /** 強迫入學條例施行細則, amended 93.7.23 教育部台參字第 0930097532A 號令 (§8: long-term absence). */
    public static final SourceDocument COMPULSORY_EDUCATION_RULES = new SourceDocument(
            LocalizedText.of("強迫入學條例施行細則", "Enforcement Rules of the Compulsory Education Act"),
            LocalDate.of(2004, 7, 23), "台參字第 0930097532A 號");

    private NationalDocuments() {
    }
}
