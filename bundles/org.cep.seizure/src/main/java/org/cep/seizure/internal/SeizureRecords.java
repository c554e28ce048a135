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

    static Views.SeizureView view(EntityManager em, SeizureEntity s, CaseView c) {
        List<Views.ItemView> items = new ArrayList<>();
        for (SeizureItemEntity i : items(em, s.id)) {
            LotEntity l = em.find(LotEntity.class, i.lotId);
            items.add(new Views.ItemView(i.lotId, l == null ? null : l.label, i.seizedCount, i.expectedCount));
        }
        SeizureState state = SeizureState.valueOf(s.state);
        List<String> allowed = SeizureStateMachine.allowed(state).stream().map(Enum::name).sorted().collect(Collectors.toList());
        return new Views.SeizureView(s.id, s.caseId, c.caseNumber(), s.state, state.labelZh(), state.labelEn(), s.assetType,
                s.seizedValueFen, s.costsFen, c.amountOwedFen(), s.reason, s.custodyTerms, s.startDate, s.expiryDate, s.renewals,
                s.nextInspectionDate, items, allowed, s.version);
    }
}
