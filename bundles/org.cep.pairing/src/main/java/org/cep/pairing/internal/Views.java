package org.cep.pairing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cep.pairing.domain.Gap;
import org.cep.pairing.domain.Suggestions;
import org.cep.platform.api.CourtKpis;
import org.cep.platform.api.Micros;

/** What pairing's endpoints take and give. */
final class Views {
    private Views() {
    }

    /** Where the caller's court sits in a pair. */
    enum Seat { ISSUER, MENTOR, MENTEE }

    enum Kind {
        TECHNICAL_SUPPORT("技术支持", "technical support"),
        STAFF_EXCHANGE("人员交流", "staff exchange"),
        ON_SITE_HELP("现场帮扶", "on-site help"),
        JOINT_TRAINING("联合培训", "joint training"),
        FUNDING("专项资金", "special funds");

        final String zh;
        final String en;

        Kind(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    record Goal(String key, String titleZh, String titleEn) {
    }

    record PairInput(String mentorCourtId, String menteeCourtId, LocalDate startDate, LocalDate endDate, List<Goal> goals,
                     String planZh) {
    }

    record RenewInput(LocalDate endDate, String reason) {
    }

    record EndInput(String reason) {
    }

    record PairSummary(long id, String seat, String issuerCourtId, String mentorCourtId, String mentorNameZh, String menteeCourtId,
                       String menteeNameZh, LocalDate startDate, LocalDate endDate, String status) {
    }

    record PairView(long id, String seat, String issuerCourtId, String mentorCourtId, String mentorNameZh, String menteeCourtId,
                    String menteeNameZh, LocalDate startDate, LocalDate endDate, List<Goal> goals, String planZh, String status,
                    String endedReason, boolean trainingShared, long allocatedFen, long spentFen, int activities, int openHelpRequests) {
    }

    record ActivityInput(String kind, String title, String details, String staffName, String fromCourtId, String toCourtId,
                         LocalDate startDate, LocalDate endDate, BigDecimal allocatedFen, BigDecimal spentFen) {
    }

    record ActivityView(long id, long pairId, String kind, String kindZh, String kindEn, String title, String details, String staffName,
                        String fromCourtId, String toCourtId, LocalDate startDate, LocalDate endDate, long allocatedFen, long spentFen,
                        String recordedBy, String recordedSide, String recordedAt) {
        static ActivityView of(ActivityEntity a) {
            Kind k = Kind.valueOf(a.kind);
            return new ActivityView(a.id, a.pairId, a.kind, k.zh, k.en, a.title, a.details, a.staffName, a.fromCourtId, a.toCourtId,
                    a.startDate, a.endDate, a.allocatedFen, a.spentFen, a.recordedBy, a.recordedSide, Micros.iso(a.recordedMicros));
        }
    }

    record OutcomeInput(String goalKey, String description, LocalDate achievedOn) {
    }

    /** {@code source} RECORDED for one entered by a side, CAPABILITY for a capability the mentee switched on during the pair. */
    record OutcomeView(Long id, long pairId, String goalKey, String description, LocalDate achievedOn, String recordedBy, String source) {
        static OutcomeView of(OutcomeEntity o) {
            return new OutcomeView(o.id, o.pairId, o.goalKey, o.description, o.achievedOn, o.recordedBy, "RECORDED");
        }
    }

    record HelpInput(String title, String body, LocalDate deadline) {
    }

    record HelpAnswerInput(String answer) {
    }

    record HelpView(long id, long pairId, String menteeCourtId, String title, String body, LocalDate deadline, String status,
                    boolean overdue, String askedBy, String askedAt, String answer, String answeredBy, String answeredAt) {
        static HelpView of(HelpEntity h, String menteeCourtId, LocalDate today) {
            return new HelpView(h.id, h.pairId, menteeCourtId, h.title, h.body, h.deadline, h.status,
                    "OPEN".equals(h.status) && today.isAfter(h.deadline), h.askedBy, Micros.iso(h.askedMicros), h.answer, h.answeredBy,
                    Micros.iso(h.answeredMicros));
        }
    }

    record PairShareView(long moduleId, String titleZh, long grantId, String sharedAt, String revokedAt, String revokedBy) {
        static PairShareView of(ShareEntity s) {
            return new PairShareView(s.moduleId, s.titleZh, s.grantId, Micros.iso(s.sharedMicros), Micros.iso(s.revokedMicros), s.revokedBy);
        }
    }

    record RevokeInput(String reason) {
    }

    record GapSide(String courtId, String nameZh, String nameEn, String computerization, String computerizationZh, List<String> capabilities,
                List<CourtKpis.Kpi> kpis) {
    }

    record GapView(long pairId, LocalDate startDate, LocalDate endDate, GapSide mentor, GapSide mentee, Gap gap, List<OutcomeView> outcomes) {
    }

    record SuggestionView(int rank, String courtId, String nameZh, String nameEn, String computerization, int score,
                          List<String> gapFilled, List<Suggestions.Part> parts) {
    }

    static List<Goal> goals(String stored) {
        List<Goal> goals = new ArrayList<>();
        if (stored == null || stored.isEmpty()) return goals;
        for (String line : stored.split("\n")) {
            String[] f = line.split("\t", -1);
            goals.add(new Goal(f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : null));
        }
        return goals;
    }

    static String store(List<Goal> goals) {
        StringBuilder s = new StringBuilder();
        for (Goal g : goals) {
            if (s.length() > 0) s.append('\n');
            s.append(g.key()).append('\t').append(g.titleZh()).append('\t').append(g.titleEn() == null ? "" : g.titleEn());
        }
        return s.toString();
    }
}
