package org.cep.seizure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.cep.cases.api.CaseView;
import org.cep.platform.api.Micros;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.seizure.domain.IllegalTransitionException;
import org.cep.seizure.domain.LegalCalendar;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureStateMachine;
import org.cep.seizure.domain.SeizureTransition;

/** Reading and changing seizure rows inside a tenant-pinned transaction; shared by the services. */
final class SeizureRecords {
    private SeizureRecords() {
    }

    static SeizureEntity seizure(EntityManager em, long id) {
        SeizureEntity s = em.find(SeizureEntity.class, id);
        if (s == null) throw Problems.notFound("查封", "seizure", id);
        return s;
    }

    static LotEntity lot(EntityManager em, long id) {
        LotEntity l = em.find(LotEntity.class, id);
        if (l == null) throw Problems.notFound("财产批次", "lot", id);
        return l;
    }

    static List<SeizureItemEntity> items(EntityManager em, long seizureId) {
        return em.createQuery("select i from SeizureItemEntity i where i.seizureId = :s order by i.lotId", SeizureItemEntity.class)
                .setParameter("s", seizureId).getResultList();
    }

    /** A stale version means someone else changed the seizure since the caller read it. */
    static void checkVersion(SeizureEntity s, Long expected) {
        if (expected != null && expected != s.version) {
            throw new ProblemException(409, "CONFLICT", "查封记录已被他人修改（版本 " + s.version + "），请刷新后重试",
                    "the seizure was changed by someone else (now version " + s.version + "); reload and try again", "version");
        }
    }

    /** Moves the seizure through the state machine and records the step in its timeline. */
    static SeizureState move(EntityManager em, SeizureEntity s, SeizureTransition t, String detail) {
        SeizureState next;
        try {
            next = SeizureStateMachine.next(SeizureState.valueOf(s.state), t);
        } catch (IllegalTransitionException e) {
            throw new ProblemException(409, "TRANSITION_NOT_ALLOWED", e.messageZh(), e.messageEn(), "state");
        }
        s.state = next.name();
        event(em, s.id, t.name(), t.labelZh(), t.labelEn(), detail);
        return next;
    }

    static void event(EntityManager em, long seizureId, String kind, String zh, String en, String detail) {
        SeizureEventEntity e = new SeizureEventEntity();
        e.seizureId = seizureId;
        e.atMicros = Micros.now();
        e.kind = kind;
        e.labelZh = zh;
        e.labelEn = en;
        e.actor = actor();
        e.detail = detail == null ? null : detail.substring(0, Math.min(1000, detail.length()));
        em.persist(e);
    }

    static String actor() {
        return CourtContext.current().actor();
    }

    /** Counts found at the latest visit (lot id → units), empty before the first visit. */
    static java.util.Map<String, Long> lastCounts(EntityManager em, long seizureId) {
        List<InspectionEntity> last = em.createQuery(
                        "select i from InspectionEntity i where i.seizureId = :s order by i.inspectionDate desc, i.id desc", InspectionEntity.class)
                .setParameter("s", seizureId).setMaxResults(1).getResultList();
        return last.isEmpty() ? java.util.Map.of() : StoredJson.counts(last.get(0).counts);
    }

    /** Units of an item still there as far as the court knows: what should be there, or fewer if the latest visit found fewer. */
    static long present(SeizureItemEntity i, java.util.Map<String, Long> lastCounts) {
        Long counted = lastCounts.get(String.valueOf(i.lotId));
        return counted == null ? i.expectedCount : Math.min(i.expectedCount, counted);
    }

    static ViolationEntity openViolation(EntityManager em, long seizureId) {
        List<ViolationEntity> open = em.createQuery("select v from ViolationEntity v where v.seizureId = :s and v.status = 'OPEN' order by v.id",
                ViolationEntity.class).setParameter("s", seizureId).getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    static Views.Custody custody(SeizureEntity s) {
        Views.Notice notice = s.noticeDate == null && s.noticeText == null ? null : new Views.Notice(s.noticeDate, s.noticeText);
        return new Views.Custody(s.custodian, s.custodyPlace, StoredJson.lines(s.obligations), notice);
    }

    static Views.SeizureView view(EntityManager em, SeizureEntity s, CaseView c, LegalCalendar calendar) {
        List<Views.ItemView> items = new ArrayList<>();
        java.util.Map<String, Long> counted = lastCounts(em, s.id);
        long current = 0;
        for (SeizureItemEntity i : items(em, s.id)) {
            LotEntity l = em.find(LotEntity.class, i.lotId);
            items.add(new Views.ItemView(i.lotId, l == null ? null : l.label, i.seizedCount, i.expectedCount, counted.get(String.valueOf(i.lotId))));
            if (l != null) current = Math.addExact(current, Math.multiplyExact(present(i, counted), l.valuePerUnitFen));
        }
        SeizureState state = SeizureState.valueOf(s.state);
        List<String> allowed = SeizureStateMachine.allowed(state).stream().map(Enum::name).sorted().collect(Collectors.toList());
        ViolationEntity open = openViolation(em, s.id);
        return new Views.SeizureView(s.id, s.caseId, c.caseNumber(), s.state, state.labelZh(), state.labelEn(), s.assetType,
                s.seizedValueFen, current, s.costsFen, c.amountOwedFen(), s.reason, s.custodyTerms, custody(s), s.startDate, s.expiryDate,
                s.expiryDate == null ? null : s.expiryDate.plusDays(1), s.expiryDate == null ? null : calendar.deadline(s.expiryDate),
                s.renewals, s.nextInspectionDate, s.waitsFor, open == null ? null : open.id, items, allowed, s.version);
    }
}
