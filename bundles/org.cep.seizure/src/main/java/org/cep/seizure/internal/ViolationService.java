package org.cep.seizure.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.sanctions.PartyType;
import org.cep.cases.sanctions.SanctionKind;
import org.cep.cases.sanctions.SanctionService;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a court does after a visit found animals missing: the debtor's explanation (died, with a vet's
 * certificate or photo; sold without leave, with buyer and price so the proceeds can be recovered; not
 * explained), the expected count adjusted with a reason and evidence, the judge's decision on the
 * consequence (a warning, or a sanction for obstructing enforcement, 妨害执行), and the resolution, after
 * which the seizure goes on with what is left.
 *
 * <p>The sanction is recorded here as a decision on the violation (kind, amount or days, legal basis,
 * note). A case-level sanctions ladder (conduct enforcement) is meant to carry it further: that is the
 * one place to wire it, in {@link #decide}.
 */
@Component(service = ViolationService.class)
public class ViolationService {

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final SanctionService sanctions;

    @Activate
    public ViolationService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa, @Reference AuditLog audit,
                            @Reference SanctionService sanctions) {
        this.jpa = jpa;
        this.audit = audit;
        this.sanctions = sanctions;
    }

    List<Views.ViolationView> list(long seizureId) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureRecords.seizure(em, seizureId);
            return em.createQuery("select v from ViolationEntity v where v.seizureId = :s order by v.id", ViolationEntity.class)
                    .setParameter("s", seizureId).getResultList().stream().map(Views.ViolationView::of).collect(Collectors.toList());
        });
    }

    Views.ViolationView explain(long seizureId, long violationId, Views.Explanation in) {
        if (in == null || in.kind() == null) throw Problems.required("kind");
        String kind = in.kind().trim().toUpperCase(Locale.ROOT);
        if (!List.of("DIED", "SOLD_WITHOUT_LEAVE", "NOT_EXPLAINED", "OTHER").contains(kind)) {
            throw Problems.bad("UNKNOWN_KIND", "kind", "未知的说明类型：" + in.kind(), "unknown kind of explanation: " + in.kind());
        }
        Validation.text(in.text(), "text", 2000, !kind.equals("NOT_EXPLAINED"));
        Validation.text(in.evidence(), "evidence", 1000, false);
        Validation.text(in.buyer(), "buyer", 200, kind.equals("SOLD_WITHOUT_LEAVE"));
        if (kind.equals("SOLD_WITHOUT_LEAVE")) Validation.positiveMoney(in.priceFen(), "priceFen");
        else if (in.priceFen() != null) Validation.positiveMoney(in.priceFen(), "priceFen");
        return TenantJpa.inCourt(jpa, em -> {
            ViolationEntity v = open(em, seizureId, violationId);
            if (kind.equals("DIED") && (in.evidence() == null || in.evidence().isBlank()) && attachments(em, v.id) == 0) {
                throw Problems.bad("EVIDENCE_REQUIRED", "evidence", "死亡须附兽医证明或照片（上传至该违规或写明文书）",
                        "a death needs a vet's certificate or a photo (uploaded to the violation, or named here)");
            }
            v.explanationKind = kind;
            v.explanation = in.text();
            v.evidence = in.evidence();
            v.buyer = in.buyer();
            v.priceFen = in.priceFen();
            v.explainedBy = SeizureRecords.actor();
            SeizureRecords.event(em, seizureId, "VIOLATION_EXPLAINED", "违规情况说明", "violation explained",
                    kind + (in.buyer() == null ? "" : " buyer " + in.buyer() + " " + in.priceFen() + " fen") + (in.text() == null ? "" : ": " + in.text()));
            audit.record("seizure.violation-explained", "violation:" + v.id, kind + (in.buyer() == null ? "" : " buyer=" + in.buyer() + " price=" + in.priceFen()));
            em.flush();
            return Views.ViolationView.of(v);
        });
    }

    /** The expected count from now on, per lot, with the reason and evidence; the lot shrinks by what is gone. */
    Views.ViolationView adjust(long seizureId, long violationId, Views.Adjustment in) {
        if (in == null || in.counts() == null || in.counts().isEmpty()) throw Problems.required("counts");
        in.counts().forEach((lot, n) -> Validation.count(n, "counts." + lot, false));
        Validation.text(in.reason(), "reason", 1000, true);
        Validation.text(in.evidence(), "evidence", 1000, true);
        return TenantJpa.inCourt(jpa, em -> {
            ViolationEntity v = open(em, seizureId, violationId);
            Map<String, Long> given = new TreeMap<>(in.counts());
            StringBuilder detail = new StringBuilder();
            for (SeizureItemEntity item : SeizureRecords.items(em, seizureId)) {
                Long n = given.remove(String.valueOf(item.lotId));
                if (n == null) continue;
                if (n > item.expectedCount) {
                    throw Problems.bad("INVALID_COUNT", "counts." + item.lotId, "调整后数量不能多于原应在数 " + item.expectedCount,
                            "the adjusted count cannot exceed the " + item.expectedCount + " units expected before");
                }
                long gone = item.expectedCount - n;
                LotEntity l = SeizureRecords.lot(em, item.lotId);
                l.unitCount = Math.max(0, l.unitCount - gone);
                detail.append("lot ").append(item.lotId).append(": ").append(item.expectedCount).append(" → ").append(n).append("; ");
                item.expectedCount = n;
            }
            if (!given.isEmpty()) {
                String lot = given.keySet().iterator().next();
                throw Problems.bad("UNKNOWN_LOT", "counts." + lot, "该查封不含批次：" + lot, "this seizure holds no lot " + lot);
            }
            v.adjustedCounts = StoredJson.write(new TreeMap<>(in.counts()));
            v.adjustReason = in.reason();
            v.adjustEvidence = in.evidence();
            v.adjustedBy = SeizureRecords.actor();
            SeizureRecords.event(em, seizureId, "COUNT_ADJUSTED", "核减应在数量", "expected count adjusted", detail + in.reason());
            audit.record("seizure.count-adjusted", "violation:" + v.id, detail + in.reason() + " evidence: " + in.evidence());
            em.flush();
            return Views.ViolationView.of(v);
        });
    }

    /**
     * The judge's decision on the consequence: a warning, or a sanction for obstruction (a fine, detention
     * up to 15 days, or referral for illegally disposing of seized property, Criminal Law art. 314).
     * A sanction is proposed on the case's sanctions ladder in the same transaction (source
     * {@code live-seizure:violation:<id>}): the ladder's limits apply, and a fine or detention then needs the
     * decision of another enforcement judge there, with its decision document (the president's approval of
     * Civil Procedure Law art. 119 is recorded with it), so one judge alone never imposes it.
     */
    Views.ViolationView decide(long seizureId, long violationId, Views.Consequence in) {
        if (in == null || in.decision() == null) throw Problems.required("decision");
        String decision = in.decision().trim().toUpperCase(Locale.ROOT);
        if (!decision.equals("WARNING") && !decision.equals("SANCTION")) {
            throw Problems.bad("UNKNOWN_DECISION", "decision", "decision 须为 WARNING 或 SANCTION", "decision must be WARNING or SANCTION");
        }
        Validation.text(in.note(), "note", 1000, false);
        PartyType party;
        try {
            party = in.partyType() == null ? PartyType.INDIVIDUAL : PartyType.valueOf(in.partyType().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.bad("UNKNOWN_PARTY_TYPE", "partyType", "partyType 须为 INDIVIDUAL 或 ORGANISATION", "partyType must be INDIVIDUAL or ORGANISATION");
        }
        if (decision.equals("WARNING") && in.partyType() != null) {
            throw Problems.bad("NOT_A_SANCTION", "partyType", "警告不带被处罚人类型", "a warning carries no party type");
        }
        String kind = in.sanctionKind() == null ? null : in.sanctionKind().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        String basis;
        if (decision.equals("WARNING")) {
            if (kind != null) throw Problems.bad("NOT_A_SANCTION", "sanctionKind", "警告不带处罚种类", "a warning carries no sanction kind");
            basis = "《民事诉讼法》第一百一十四条（妨害执行）：训诫、责令改正 / Civil Procedure Law art. 114 (obstruction): admonition, order to remedy";
        } else {
            if (kind == null) throw Problems.required("sanctionKind");
            switch (kind) {
                // amount and days (required, within limits) are the ladder's to check, when the sanction is proposed there below
                case "FINE" -> basis = "《民事诉讼法》第一百一十四条第一款第（三）项、第一百一十八条：罚款 / Civil Procedure Law arts. 114(1)(3), 118: fine";
                case "DETENTION" -> basis = "《民事诉讼法》第一百一十四条第一款第（三）项、第一百一十八条：拘留 / Civil Procedure Law arts. 114(1)(3), 118: detention";
                case "REFERRAL_314" -> basis = "《刑法》第三百一十四条（非法处置查封、扣押、冻结的财产罪）：移送公安机关 / Criminal Law art. 314"
                        + " (illegally disposing of seized property): referral to the police";
                default -> throw Problems.bad("UNKNOWN_SANCTION", "sanctionKind", "处罚种类须为 FINE、DETENTION 或 REFERRAL_314",
                        "sanctionKind must be FINE, DETENTION or REFERRAL_314");
            }
        }
        return TenantJpa.inCourt(jpa, em -> {
            ViolationEntity v = open(em, seizureId, violationId);
            String actor = SeizureRecords.actor();
            if (actor.equals(v.explainedBy) || actor.equals(v.adjustedBy)) {
                throw new ProblemException(409, "FOUR_EYES", "记录说明或核减数量的人不能决定处理结果", "whoever recorded the explanation or the adjustment cannot decide the consequence", "decision");
            }
            v.consequence = decision;
            v.sanctionKind = kind;
            v.sanctionAmountFen = "FINE".equals(kind) ? in.amountFen() : null;
            v.sanctionDays = "DETENTION".equals(kind) ? in.days() : null;
            v.legalBasis = basis;
            v.consequenceNote = in.note();
            v.decidedBy = actor;
            if (kind != null) {
                SanctionKind ladderKind = kind.equals("REFERRAL_314") ? SanctionKind.CRIMINAL_REFERRAL : SanctionKind.valueOf(kind);
                String reason = "活查封违规（查封 " + seizureId + "，短少 " + v.missingCount + "）：" + (v.explanation != null ? v.explanation : v.findings != null ? v.findings : "未作说明 / not explained");
                v.sanctionId = sanctions.propose(SeizureRecords.seizure(em, seizureId).caseId, ladderKind, basis,
                        new SanctionService.Proposal(null, party, reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                                v.sanctionAmountFen, v.sanctionDays, null, null, "live-seizure:violation:" + v.id)).id();
            }
            SeizureRecords.event(em, seizureId, "VIOLATION_DECIDED", decision.equals("WARNING") ? "违规处理：警告" : "违规处理：妨害执行处罚",
                    decision.equals("WARNING") ? "consequence: warning" : "consequence: sanction for obstruction",
                    (kind == null ? "" : kind + (v.sanctionAmountFen == null ? "" : " " + v.sanctionAmountFen + " fen")
                            + (v.sanctionDays == null ? "" : " " + v.sanctionDays + " days") + "; ") + basis);
            audit.record("seizure.violation-decided", "violation:" + v.id, decision + (kind == null ? "" : " " + kind) + " " + basis);
            em.flush();
            return Views.ViolationView.of(v);
        });
    }

    /**
     * Resolves the violation once it is explained, the count adjusted and the consequence decided; the
     * seizure returns to where it was (active, or the sale report or approval it had).
     */
    Views.ViolationView resolve(long seizureId, long violationId, Views.Resolution in) {
        String note = in == null ? null : in.note();
        Validation.text(note, "note", 1000, false);
        return TenantJpa.inCourt(jpa, em -> {
            ViolationEntity v = open(em, seizureId, violationId);
            String missing = v.explanationKind == null ? "explanation" : v.adjustedCounts == null ? "adjustment" : v.consequence == null ? "consequence" : null;
            if (missing != null) {
                throw new ProblemException(409, "VIOLATION_NOT_READY", "须先记录情况说明、核减数量并决定处理结果（缺：" + missing + "）",
                        "record the explanation, adjust the count and decide the consequence first (missing: " + missing + ")", missing);
            }
            SeizureEntity s = SeizureRecords.seizure(em, seizureId);
            SeizureRecords.move(em, s, SeizureTransition.RESOLVE_VIOLATION, note);
            List<SaleEntity> pending = em.createQuery("select x from SaleEntity x where x.seizureId = :s and x.status in ('REPORTED', 'APPROVED')",
                    SaleEntity.class).setParameter("s", seizureId).getResultList();
            if (!pending.isEmpty()) {
                // the sale report or approval made before the visit still stands
                s.state = (pending.get(0).status.equals("APPROVED") ? SeizureState.SALE_APPROVED : SeizureState.SALE_REPORTED).name();
            }
            v.status = "RESOLVED";
            v.resolutionNote = note;
            v.resolvedBy = SeizureRecords.actor();
            audit.record("seizure.violation-resolved", "violation:" + v.id, note);
            em.flush();
            return Views.ViolationView.of(v);
        });
    }

    private static ViolationEntity open(EntityManager em, long seizureId, long violationId) {
        SeizureRecords.seizure(em, seizureId);
        ViolationEntity v = em.find(ViolationEntity.class, violationId);
        if (v == null || v.seizureId != seizureId) throw Problems.notFound("违规记录", "violation", violationId);
        if (!"OPEN".equals(v.status)) throw Problems.conflict("VIOLATION_RESOLVED", "该违规已处理完毕", "this violation is already resolved");
        return v;
    }

    private static long attachments(EntityManager em, long violationId) {
        return em.createQuery("select count(a) from AttachmentEntity a where a.ownerKind = 'violation' and a.ownerId = :o", Long.class)
                .setParameter("o", violationId).getSingleResult();
    }
}
