package org.cep.pairing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.pairing.domain.Gap;
import org.cep.pairing.domain.Suggestions;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CourtKpis;
import org.cep.platform.api.CourtProfiles;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The capability gap of a pair, and partner suggestions for a mentee. */
@Component(service = Insight.class)
public class Insight {
    static final int MAX_SUGGESTIONS = 50;

    private final JpaTemplate jpa;
    private final PairFiles files;
    private final Pairs pairs;
    private final CourtProfiles profiles;
    private final Crossings crossings;

    /** KPI sources of installed capabilities (cross-enforcement's, when it is installed). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<CourtKpis> kpiSources = new ArrayList<>();

    @Activate
    public Insight(@Reference(target = "(osgi.unit.name=cep-pairing)") JpaTemplate jpa, @Reference PairFiles files, @Reference Pairs pairs,
                   @Reference CourtProfiles profiles, @Reference Crossings crossings) {
        this.jpa = jpa;
        this.files = files;
        this.pairs = pairs;
        this.profiles = profiles;
        this.crossings = crossings;
    }

    private record Core(long id, String mentor, String mentee, LocalDate start, LocalDate end, String status, long createdMicros,
                        List<Views.OutcomeView> outcomes) {
    }

    Views.GapView gap(long pairId) {
        Core p = files.read(pairId, "gap view", (em, pair, seat) -> new Core(pair.id, pair.mentorCourtId, pair.menteeCourtId, pair.startDate,
                pair.endDate, pair.status, pair.createdMicros, PairWork.recorded(em, pairId)));
        CourtProfiles.Profile mentor = profiles.profile(p.mentor()).orElseThrow(() -> Checks.pairNotFound(pairId));
        CourtProfiles.Profile mentee = profiles.profile(p.mentee()).orElseThrow(() -> Checks.pairNotFound(pairId));
        // what the mentee had on before the pair was set up is not its outcome, even on the pair's first day
        long start = Math.max(Micros.of(p.start().atStartOfDay(Checks.COURT_ZONE).toInstant()), p.createdMicros());
        long end = Math.min(Micros.now() + 1, Micros.of(p.end().plusDays(1).atStartOfDay(Checks.COURT_ZONE).toInstant()));
        Gap gap = Gap.of(mentor.switchedOnMicros(), mentee.switchedOnMicros(), start, end, mentor.computerization().ordinal(),
                mentee.computerization().ordinal());
        List<Views.OutcomeView> outcomes = new ArrayList<>(p.outcomes());
        for (String cap : gap.gainedDuringPair()) {
            LocalDate on = Micros.toInstant(mentee.switchedOnMicros().get(cap)).atZone(Checks.COURT_ZONE).toLocalDate();
            outcomes.add(new Views.OutcomeView(null, pairId, "capability:" + cap, "受援法院开通了功能：" + cap + " / the mentee switched on " + cap,
                    on, null, "CAPABILITY"));
        }
        return new Views.GapView(pairId, p.start(), p.end(), side(pairId, mentor), side(pairId, mentee), gap, outcomes);
    }

    private Views.GapSide side(long pairId, CourtProfiles.Profile court) {
        List<CourtKpis.Kpi> kpis = new ArrayList<>();
        for (CourtKpis source : List.copyOf(kpiSources)) {
            if (!court.switchedOnMicros().containsKey(source.capabilityId())) continue;
            if (court.courtId().equals(CourtContext.current().courtId())) {
                kpis.addAll(source.kpis());
            } else {
                kpis.addAll(crossings.read(files.crossingTo(pairId, court.courtId(), false, "KPIs for the gap view"), source::kpis));
            }
        }
        return new Views.GapSide(court.courtId(), court.nameZh(), court.nameEn(), court.computerization().token(),
                court.computerization().labelZh(), List.copyOf(court.switchedOnMicros().keySet()), kpis);
    }

    /** Candidate mentors of the province for a mentee of the caller's (high) court's jurisdiction, best first. */
    List<Views.SuggestionView> suggestions(String menteeId, Integer limit) {
        String high = pairs.highCourt();
        if (menteeId == null || menteeId.isBlank()) throw ProblemException.required("menteeCourtId");
        int max = limit == null ? 10 : limit;
        if (max < 1 || max > MAX_SUGGESTIONS) {
            throw ProblemException.badField("INVALID_LIMIT", "limit", "limit 须为 1-" + MAX_SUGGESTIONS, "limit must be 1-" + MAX_SUGGESTIONS);
        }
        List<CourtProfiles.Profile> province = profiles.province(high);
        Map<String, CourtProfiles.Profile> byId = new HashMap<>();
        province.forEach(c -> byId.put(c.courtId(), c));
        CourtProfiles.Profile mentee = byId.get(menteeId);
        if (mentee == null || menteeId.equals(high)) throw ProblemException.courtNotFound(menteeId, "menteeCourtId");
        Map<String, Integer> load = TenantJpa.inCourt(jpa, em -> {
            Map<String, Integer> m = new HashMap<>();
            for (Object[] row : em.createQuery("select r.mentorCourtId, count(r) from RegisterEntity r where r.status in ('PENDING', 'ACTIVE')"
                    + " group by r.mentorCourtId", Object[].class).getResultList()) {
                m.put((String) row[0], ((Number) row[1]).intValue());
            }
            return m;
        });
        List<Suggestions.Court> candidates = new ArrayList<>(province.size());
        for (CourtProfiles.Profile c : province) {
            // the high court makes pairs among its jurisdiction; it is not a candidate itself, but it links the tree
            if (!c.courtId().equals(high)) candidates.add(court(c));
        }
        Map<String, String> parents = new HashMap<>();
        province.forEach(c -> parents.put(c.courtId(), c.parentId()));
        List<Suggestions.Suggestion> ranked = Suggestions.rank(court(mentee), candidates, load, max, parents);
        List<Views.SuggestionView> out = new ArrayList<>();
        for (Suggestions.Suggestion s : ranked) {
            CourtProfiles.Profile c = byId.get(s.courtId());
            out.add(new Views.SuggestionView(out.size() + 1, c.courtId(), c.nameZh(), c.nameEn(), c.computerization().token(), s.score(),
                    s.gapFilled(), s.parts()));
        }
        return out;
    }

    private static Suggestions.Court court(CourtProfiles.Profile p) {
        return new Suggestions.Court(p.courtId(), p.parentId(), p.computerization().ordinal(), new HashSet<>(p.switchedOnMicros().keySet()));
    }
}
