package tw.huixiao.platform.infrastructure.casework;

import tw.huixiao.platform.infrastructure.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.infrastructure.persistence.Jdbc;
import tw.huixiao.platform.application.casework.ReferralStore;

/** Referrals and their transitions, for the bound school. */
@ApplicationScoped
public class JdbcReferralStore implements ReferralStore {

    @Inject
    Jdbc jdbc;

    @Override
    public long insert(long schoolId, long caseId, String agencyId, String agencyName, String agencyKind,
                       String replyKind, boolean consentRequired, String ruleId, String reason, String consentGivenBy,
                       LocalDate consentGivenOn, Instant at, long by) {
        return Sql.insert(c(), "INSERT INTO referral (tenant_id, case_id, agency_id, agency_name, agency_kind, reply_kind, "
                        + "consent_required, rule_id, reason, status, consent_given_by, consent_given_on, "
                        + "consent_recorded_by, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?)", schoolId, caseId, agencyId,
                agencyName, agencyKind, replyKind, consentRequired, ruleId, reason, consentGivenBy, consentGivenOn,
                consentGivenOn == null ? null : by, at, by);
    }

    /**
     * Applies a step to the referral read at {@code version} in status {@code from}: sets the
     * columns ({@code "column = ?"} pairs) and the new status. False if it changed meanwhile.
     */
    @Override
    public boolean step(long schoolId, long id, long version, String from, String to, String[] columns,
                        Object... values) {
        StringBuilder set = new StringBuilder("status = ?, version = version + 1");
        for (String column : columns) {
            set.append(", ").append(column).append(" = ?");
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(to);
        parameters.addAll(Arrays.asList(values));
        parameters.addAll(List.of(schoolId, id, version, from));
        return Sql.update(c(), "UPDATE referral SET " + set + " WHERE tenant_id = ? AND id = ? AND version = ? "
                + "AND status = ?", parameters.toArray()) == 1;
    }

    /** Attaches the form the referral carries (the first revision of its record). */
    @Override
    public void setForm(long schoolId, long id, long formRecordId) {
        Sql.update(c(), "UPDATE referral SET form_record_id = ? WHERE tenant_id = ? AND id = ?", formRecordId, schoolId, id);
    }

    /** The case's open referrals (not closed) to the agency. */
    @Override
    public List<Referral> openTo(long schoolId, long caseId, String agencyId) {
        return Sql.list(c(), "SELECT * FROM referral WHERE tenant_id = ? AND case_id = ? AND agency_id = ? "
                + "AND status <> 'CLOSED' ORDER BY id", JdbcReferralStore::referral, schoolId, caseId, agencyId);
    }

    @Override
    public void addTransition(long schoolId, long id, String action, String from, String to, Instant at, long by,
                              String note) {
        Sql.update(c(), "INSERT INTO referral_transition (tenant_id, referral_id, action, from_status, to_status, "
                + "occurred_at, by_user, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", schoolId, id, action, from, to, at, by, note);
    }

    @Override
    public Optional<Referral> find(long schoolId, long caseId, long id) {
        return Sql.one(c(), "SELECT * FROM referral WHERE tenant_id = ? AND case_id = ? AND id = ?",
                JdbcReferralStore::referral, schoolId, caseId, id);
    }

    @Override
    public List<Referral> ofCase(long schoolId, long caseId) {
        return Sql.list(c(), "SELECT * FROM referral WHERE tenant_id = ? AND case_id = ? ORDER BY id",
                JdbcReferralStore::referral, schoolId, caseId);
    }

    @Override
    public List<Transition> history(long schoolId, long id) {
        return Sql.list(c(), "SELECT action, from_status, to_status, occurred_at, by_user, note FROM referral_transition "
                        + "WHERE tenant_id = ? AND referral_id = ? ORDER BY occurred_at, id",
                rows -> new Transition(rows.getString(1), rows.getString(2), rows.getString(3),
                        Sql.instant(rows, "occurred_at"), rows.getLong(5), rows.getString(6)), schoolId, id);
    }

    private static Referral referral(ResultSet r) throws SQLException {
        return new Referral(r.getLong("id"), r.getLong("case_id"), r.getString("agency_id"), r.getString("agency_name"),
                r.getString("agency_kind"), r.getString("reply_kind"), r.getBoolean("consent_required"),
                r.getString("rule_id"), r.getString("reason"), r.getString("status"), r.getString("consent_given_by"),
                Sql.date(r, "consent_given_on"), Sql.instant(r, "sent_at"), r.getString("send_method"),
                r.getString("reference_number"), Sql.instant(r, "answered_at"), r.getString("rejection_reason"),
                Sql.date(r, "replied_on"), r.getString("reply_text"), Sql.intOrNull(r, "reply_tier"),
                r.getString("reply_tier_teacher"), Sql.boolOrNull(r, "reply_third_tier"), r.getString("reply_ruling"),
                r.getString("reply_ruling_detail"), Sql.instant(r, "closed_at"), r.getString("closing_note"),
                Sql.instant(r, "created_at"), r.getLong("created_by"), r.getLong("version"),
                Sql.longOrNull(r, "form_record_id"));
    }

    private Connection c() {
        return jdbc.tenant();
    }
}
