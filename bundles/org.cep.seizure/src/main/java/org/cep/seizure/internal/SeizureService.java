package org.cep.seizure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.platform.api.Micros;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.cep.seizure.domain.AssetType;
import org.cep.seizure.domain.ExpiryEngine;
import org.cep.seizure.domain.Projection;
import org.cep.seizure.domain.SeizureAssessment;
import org.cep.seizure.domain.SeizureLimit;
import org.cep.seizure.domain.SeizureState;
import org.cep.seizure.domain.SeizureStateMachine;
import org.cep.seizure.domain.SeizureTransition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/** Lots, seizures over them, their legal period, and the moves of their life. */
@Component(service = SeizureService.class, configurationPid = {SeizureConfig.PID, SeizureConfig.CALENDAR_PID})
public class SeizureService {
    private final JpaTemplate jpa;
    private final CaseService cases;
    private final AuditLog audit;
    private volatile SeizureConfig config;

    @Activate
    public SeizureService(@Reference(target = "(osgi.unit.name=cep-live-seizure)") JpaTemplate jpa,
                          @Reference CaseService cases, @Reference AuditLog audit, Map<String, Object> properties) {
        this.jpa = jpa;
        this.cases = cases;
        this.audit = audit;
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        this.config = SeizureConfig.from(properties);
    }

    SeizureConfig config() {
        return config;
    }

    Views.LotView addLot(long caseId, Views.NewLot in) {
        Validation.lot(in);
        return TenantJpa.inCourt(jpa, em -> {
            openCase(caseId);
            LotEntity l = new LotEntity();
            l.caseId = caseId;
            l.label = in.label().trim();
            l.description = in.description();
            l.unit = in.unit() == null ? "头" : in.unit();
            l.unitCount = in.count();
            l.ageMonths = in.ageMonths();
            l.avgWeightKg = in.avgWeightKg();
            l.marketAgeMonths = in.marketAgeMonths();
            l.marketWeightKg = in.marketWeightKg();
            l.valuePerUnitFen = in.valuePerUnitFen();
            l.identifiers = in.identifiers();
            l.health = in.health();
            l.createdMicros = Micros.now();
            em.persist(l);
            em.flush();
            audit.record("seizure.lot-recorded", "lot:" + l.id, "case:" + caseId + " " + l.label + " x" + l.unitCount);
            return Views.LotView.of(l);
        });
    }

    List<Views.LotView> lots(long caseId) {
        return TenantJpa.inCourt(jpa, em -> {
            cases.get(caseId);
            return lotsOf(em, caseId).stream().map(Views.LotView::of).collect(Collectors.toList());
        });
    }

    /** The arithmetic the officer sees before confirming: value seized against debt plus costs, and what is left. */
    Views.AssessmentView assess(long caseId, Views.SeizureRequest in) {
        return TenantJpa.inCourt(jpa, em -> assessIn(em, cases.get(caseId), in).view());
    }

    Views.Created propose(long caseId, Views.SeizureRequest in) {
        AssetType type = Validation.assetType(in.assetType());
        Validation.custody(in.custody());
        return TenantJpa.inCourt(jpa, em -> {
            CaseView c = openCase(caseId);
            Assessed assessed = assessIn(em, c, in);
            SeizureAssessment a = assessed.assessment();
            boolean waiting = Boolean.TRUE.equals(in.waiting());
            if (waiting && assessed.waitsFor() == null) {
                throw Problems.bad("NOTHING_TO_WAIT_FOR", "waiting", "所查封单位未被他案查封，无需轮候", "no other case holds these units; nothing to wait for");
            }
            boolean confirmed = Boolean.TRUE.equals(in.confirmWarnings());
            if (!a.warningsZhEn().isEmpty() && !confirmed) {
                throw new ProblemException(409, "SEIZURE_WARNINGS_UNCONFIRMED",
                        "请确认以下提示后再提交（confirmWarnings=true 并说明理由）：" + String.join("；", zh(a.warningsZhEn())),
                        "confirm these warnings (confirmWarnings=true with a reason): " + String.join("; ", en(a.warningsZhEn())),
                        "confirmWarnings");
            }
            if (confirmed && !a.warningsZhEn().isEmpty() && (in.reason() == null || in.reason().isBlank())) {
                throw Problems.bad("REASON_REQUIRED", "reason", "确认提示时须说明理由", "a reason is required to confirm the warnings");
            }
            SeizureEntity s = new SeizureEntity();
            s.caseId = caseId;
            s.assetType = type.name();
            s.state = waiting ? SeizureState.WAITING.name() : SeizureState.PROPOSED.name();
            s.waitsFor = waiting ? assessed.waitsFor() : null;
            s.costsFen = in.costsFen() == null ? 0 : in.costsFen();
            s.operatingMinimumFen = operatingMinimum(in);
            s.seizedValueFen = a.seizedValueFen();
            s.reason = in.reason();
            s.custodyTerms = in.custodyTerms();
            if (in.custody() != null) {
                s.custodian = in.custody().custodian();
                s.custodyPlace = in.custody().place();
                s.obligations = in.custody().obligations() == null || in.custody().obligations().isEmpty() ? null
                        : StoredJson.write(in.custody().obligations().stream().map(String::trim).collect(Collectors.toList()));
                if (in.custody().notice() != null) {
                    s.noticeDate = in.custody().notice().date();
                    s.noticeText = in.custody().notice().text();
                }
            }
            s.inspectionDays = in.inspectionIntervalDays() == null ? config.inspectionIntervalDays() : in.inspectionIntervalDays();
            s.createdMicros = Micros.now();
            em.persist(s);
            em.flush();
            for (Map.Entry<String, Long> e : in.items().entrySet()) {
                if (e.getValue() == 0) continue;
                SeizureItemEntity i = new SeizureItemEntity();
                i.seizureId = s.id;
                i.lotId = Long.parseLong(e.getKey());
                i.seizedCount = e.getValue();
                i.expectedCount = e.getValue();
                em.persist(i);
            }
            if (waiting) {
                SeizureRecords.event(em, s.id, "WAITING", "轮候查封", "waiting seizure", "behind seizure " + s.waitsFor);
            }
            SeizureRecords.event(em, s.id, "PROPOSED", "拟查封", "proposed",
                    "value " + a.seizedValueFen() + " fen; " + String.join("; ", a.warningsZhEn()));
            audit.record("seizure.proposed", "seizure:" + s.id, "case:" + caseId + " value=" + a.seizedValueFen()
                    + (waiting ? " waiting behind seizure:" + s.waitsFor : "")
                    + (a.warningsZhEn().isEmpty() ? "" : " warnings confirmed: " + s.reason));
            em.flush();
            return new Views.Created(view(em, s, c), assessed.view());
        });
    }

    private static List<String> zh(List<String> bilingual) {
        return bilingual.stream().map(w -> w.split(" / ", 2)[0]).collect(Collectors.toList());
    }

    private static List<String> en(List<String> bilingual) {
        return bilingual.stream().map(w -> w.contains(" / ") ? w.split(" / ", 2)[1] : w).collect(Collectors.toList());
    }

    /** A case's seizures, newest first. */
    List<Views.SeizureView> caseSeizures(long caseId) {
        return TenantJpa.inCourt(jpa, em -> {
            CaseView c = cases.get(caseId);
            List<Views.SeizureView> out = new ArrayList<>();
            for (SeizureEntity s : seizuresOf(em, caseId)) out.add(view(em, s, c));
            java.util.Collections.reverse(out);
            return out;
        });
    }

    static List<SeizureEntity> seizuresOf(EntityManager em, long caseId) {
        return em.createQuery("select s from SeizureEntity s where s.caseId = :c order by s.id", SeizureEntity.class)
                .setParameter("c", caseId).getResultList();
    }

    Views.SeizureView view(EntityManager em, SeizureEntity s, CaseView c) {
        return SeizureRecords.view(em, s, c, config.calendar());
    }

    /** The officer confirms on site: the seizure takes effect and its legal period starts. */
    Views.SeizureView activate(long id, Views.Transition in) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            LocalDate start = in == null || in.date() == null ? Dates.today() : Validation.notFuture(in.date(), "date");
            SeizureRecords.move(em, s, SeizureTransition.ACTIVATE, in == null ? null : in.reason());
            s.startDate = start;
            s.expiryDate = ExpiryEngine.expiry(start, AssetType.valueOf(s.assetType), config.periods());
            s.nextInspectionDate = start.plusDays(s.inspectionDays);
            audit.record("seizure.activated", "seizure:" + id, "from " + start + " until " + s.expiryDate);
            em.flush();
            return view(em, s, cases.get(s.caseId));
        });
    }

    Views.SeizureView get(long id) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            return view(em, s, cases.get(s.caseId));
        });
    }

    /**
     * 续行查封: made on or before the last day to act (the expiry, moved past a holiday) and not in the
     * future; the new period runs from the old expiry date, so renewing early loses no day.
     */
    Views.SeizureView renew(long id, Views.Transition in) {
        LocalDate on = in == null || in.date() == null ? Dates.today() : Validation.notFuture(in.date(), "date");
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            if (s.expiryDate == null || SeizureState.valueOf(s.state).isTerminal() || SeizureState.WAITING.name().equals(s.state)) {
                throw Problems.conflict("NOT_RENEWABLE", "该查封不在有效期内，不能续行", "this seizure is not in force and cannot be renewed");
            }
            LocalDate before = s.expiryDate;
            LocalDate lastDay = config.calendar().deadline(before);
            if (Dates.today().isAfter(lastDay)) {
                throw new ProblemException(409, "RENEWAL_REFUSED", "查封已于 " + lastDay + " 届满，不能补记续行，只能重新查封",
                        "the seizure ran out on " + lastDay + "; a renewal cannot be recorded after that, only a new seizure", "date");
            }
            LocalDate termStart = s.renewals == 0 ? s.startDate : null;
            try {
                s.expiryDate = ExpiryEngine.renew(before, lastDay, termStart, on, config.periods().periodOf(AssetType.valueOf(s.assetType)));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw ProblemException.fromBilingual(409, "RENEWAL_REFUSED", "date", e.getMessage());
            }
            s.renewals++;
            SeizureRecords.event(em, id, "RENEWED", "续行查封", "renewed", on + ": " + before + " → " + s.expiryDate);
            audit.record("seizure.renewed", "seizure:" + id, on + ": " + before + " -> " + s.expiryDate);
            em.flush();
            return view(em, s, cases.get(s.caseId));
        });
    }

    /** Releases the seizure; with closeCase the case is closed in the same transaction when the applicant has been paid in full. */
    Views.SeizureView release(long id, Views.Release in, LedgerService ledger) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            SeizureRecords.checkVersion(s, in == null ? null : in.version());
            String reason = in == null ? null : in.reason();
            SeizureRecords.move(em, s, SeizureTransition.RELEASE, reason);
            audit.record("seizure.released", "seizure:" + id, reason);
            promoteWaiting(em, s);
            if (in != null && Boolean.TRUE.equals(in.closeCase())) {
                CaseView c = cases.get(s.caseId);
                long owed = ledger.stillOwed(em, c);
                if (owed > 0) {
                    throw Problems.conflict("DEBT_NOT_COVERED", "申请执行人尚未足额受偿（仍欠 " + owed + " 分），不能结案",
                            "the applicant has not been paid in full (" + owed + " fen still owed); the case cannot be closed");
                }
                List<Long> others = seizuresOf(em, s.caseId).stream()
                        .filter(o -> !o.id.equals(s.id) && !SeizureState.valueOf(o.state).isTerminal()).map(o -> o.id).collect(Collectors.toList());
                if (!others.isEmpty()) {
                    throw new ProblemException(409, "SEIZURES_IN_FORCE", "本案仍有查封在押或轮候：" + others + "，请先解除或用结案接口一并解除",
                            "other seizures of the case are still in force or waiting: " + others + "; release them, or close the case releasing them", "closeCase");
                }
                cases.close(s.caseId, "活查封执行完毕 / live seizure completed: " + (reason == null ? "" : reason));
            }
            em.flush();
            return view(em, s, cases.get(s.caseId));
        });
    }

    static final String EXPIRY_RULE = "届满日为裁定所写“至X日止”（含当日）；届满日为法定节假日或休息日的，顺延至其后第一个工作日（民法典第203条），"
            + "续行须在该日前作出，到期检查于该日之后认定失效 / the expiry is the ruling's inclusive last day (至 X 日止); when it falls on a holiday or rest day"
            + " it moves to the next working day (Civil Code art. 203): renew by then; the expiry job lapses the seizure only after that day";

    /** The judge's "expiring soon" view of the court: seizures in force whose period ends within the given days. */
    List<Views.ExpiringView> expiring(int days) {
        if (days < 0 || days > 3660) throw Problems.bad("INVALID_DAYS", "days", "days 须在 0 到 3660 之间", "days must be 0..3660");
        LocalDate today = Dates.today();
        return TenantJpa.inCourt(jpa, em -> em.createQuery(
                        "select s from SeizureEntity s where s.state in :states and s.expiryDate <= :until order by s.expiryDate, s.id",
                        SeizureEntity.class)
                .setParameter("states", List.of("ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "VIOLATION"))
                .setParameter("until", today.plusDays(days)).setMaxResults(1000).getResultList().stream()
                .map(s -> new Views.ExpiringView(s.id, s.caseId, s.assetType, s.state, s.expiryDate,
                        ExpiryEngine.daysLeft(s.expiryDate, today), s.expiryDate.plusDays(1), config.calendar().deadline(s.expiryDate), EXPIRY_RULE))
                .collect(Collectors.toList()));
    }

    /**
     * "Time for resources": when the seized stock reaches market weight and whether its value, at the
     * officer's price per kg, covers debt plus costs. Ages advance from when each lot was recorded.
     */
    Projection.Result projection(long id, long pricePerKgFen) {
        if (pricePerKgFen <= 0 || pricePerKgFen > Validation.MAX_FEN) {
            throw Problems.bad("INVALID_PRICE", "pricePerKgFen", "每公斤单价须为正整数（分）", "pricePerKgFen must be a positive number of fen");
        }
        return TenantJpa.inCourt(jpa, em -> {
            SeizureEntity s = SeizureRecords.seizure(em, id);
            CaseView c = cases.get(s.caseId);
            LocalDate today = Dates.today();
            List<Projection.LotInput> inputs = new ArrayList<>();
            Map<String, Long> counted = SeizureRecords.lastCounts(em, id);
            Map<String, java.math.BigDecimal> weighed = lastWeights(em, id);
            for (SeizureItemEntity item : SeizureRecords.items(em, id)) {
                LotEntity l = SeizureRecords.lot(em, item.lotId);
                java.math.BigDecimal weight = weighed.getOrDefault(String.valueOf(l.id), l.avgWeightKg);
                if (l.ageMonths == null || weight == null || l.marketAgeMonths == null || l.marketWeightKg == null) {
                    throw Problems.conflict("PROJECTION_DATA_MISSING", "批次“" + l.label + "”缺少月龄、体重或出栏标准，无法测算",
                            "lot '" + l.label + "' lacks age, weight or market standard; no projection possible");
                }
                LocalDate recorded = Micros.toInstant(l.createdMicros).atZone(Dates.COURT_ZONE).toLocalDate();
                int age = l.ageMonths + (int) java.time.temporal.ChronoUnit.MONTHS.between(recorded, today);
                inputs.add(new Projection.LotInput(String.valueOf(l.id), SeizureRecords.present(item, counted), age, weight,
                        l.marketAgeMonths, l.marketWeightKg, pricePerKgFen));
            }
            try {
                return Projection.project(inputs, Math.addExact(c.amountOwedFen(), s.costsFen), today);
            } catch (IllegalArgumentException e) {
                throw Problems.fromDomain("INVALID_PROJECTION", "pricePerKgFen", e);
            }
        });
    }

    /** Weights found at the latest visit that weighed (lot id → kg). */
    private static Map<String, java.math.BigDecimal> lastWeights(EntityManager em, long seizureId) {
        List<InspectionEntity> last = em.createQuery("select i from InspectionEntity i where i.seizureId = :s and i.weights is not null"
                + " order by i.inspectionDate desc, i.id desc", InspectionEntity.class).setParameter("s", seizureId).setMaxResults(1).getResultList();
        return last.isEmpty() ? Map.of() : StoredJson.weights(last.get(0).weights);
    }

    List<Views.EventView> timeline(long id) {
        return TenantJpa.inCourt(jpa, em -> {
            SeizureRecords.seizure(em, id);
            return em.createQuery("select e from SeizureEventEntity e where e.seizureId = :s order by e.atMicros, e.id",
                            SeizureEventEntity.class).setParameter("s", id).getResultList().stream()
                    .map(e -> new Views.EventView(Micros.iso(e.atMicros), e.kind, e.labelZh, e.labelEn, e.actor, e.detail))
                    .collect(Collectors.toList());
        });
    }

    /** The assessment and what it found already seized; waitsFor is the seizure of another case a waiting seizure queues behind. */
    record Assessed(SeizureAssessment assessment, long alreadySeizedForCaseFen, List<Views.SeizedElsewhere> alreadySeized, Long waitsFor) {
        Views.AssessmentView view() {
            return Views.AssessmentView.of(assessment, alreadySeizedForCaseFen, alreadySeized);
        }
    }

    static final List<String> HOLDING = List.of("PROPOSED", "ACTIVE", "SALE_REPORTED", "SALE_APPROVED", "SOLD", "PROCEEDS_RECEIVED", "VIOLATION");

    /** Units of a lot held by seizures that are proposed or in force (waiting ones hold nothing yet). */
    static List<Views.SeizedElsewhere> held(EntityManager em, long lotId) {
        List<Object[]> rows = em.createQuery("select i.expectedCount, s.id, s.caseId, s.state from SeizureItemEntity i, SeizureEntity s"
                        + " where i.lotId = :l and s.id = i.seizureId and s.state in :states order by s.id", Object[].class)
                .setParameter("l", lotId).setParameter("states", HOLDING).getResultList();
        List<Views.SeizedElsewhere> out = new ArrayList<>();
        for (Object[] r : rows) {
            long n = ((Number) r[0]).longValue();
            if (n > 0) out.add(new Views.SeizedElsewhere(lotId, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), n, (String) r[3]));
        }
        return out;
    }

    private Assessed assessIn(EntityManager em, CaseView c, Views.SeizureRequest in) {
        Validation.seizureRequest(in);
        boolean waiting = Boolean.TRUE.equals(in.waiting());
        List<SeizureLimit.Lot> lots = new ArrayList<>();
        List<Views.SeizedElsewhere> already = new ArrayList<>();
        long forCase = 0;
        Long waitsFor = null;
        Map<String, LotEntity> byId = new HashMap<>();
        List<LotEntity> considered = new ArrayList<>(lotsOf(em, c.id()));
        for (String lot : in.items().keySet()) {
            LotEntity l = em.find(LotEntity.class, Long.parseLong(lot));
            if (l == null) throw Problems.bad("UNKNOWN_LOT", "items." + lot, "本院无此财产批次：" + lot, "no lot " + lot + " in your court");
            if (l.caseId == c.id()) continue;
            // 轮候查封: another case of the same debtor may queue for units a seizure holds
            if (!waiting || !cases.get(l.caseId).respondent().equals(c.respondent())) {
                throw new ProblemException(409, "LOT_OF_ANOTHER_CASE", "批次 " + lot + " 登记于他案；同一被执行人的他案只能轮候查封（waiting=true）",
                        "lot " + lot + " is recorded under another case; another case of the same debtor can only queue for it (waiting=true)", "items." + lot);
            }
            considered.add(l);
        }
        for (LotEntity l : considered) {
            byId.put(String.valueOf(l.id), l);
            List<Views.SeizedElsewhere> held = held(em, l.id);
            already.addAll(held);
            long heldUnits = held.stream().mapToLong(Views.SeizedElsewhere::count).sum();
            long free = Math.max(0, l.unitCount - heldUnits);
            for (Views.SeizedElsewhere h : held) {
                if (h.caseId() == c.id()) forCase = Math.addExact(forCase, Math.multiplyExact(h.count(), l.valuePerUnitFen));
            }
            Long wanted = in.items().get(String.valueOf(l.id));
            if (wanted != null && wanted > l.unitCount) {
                throw Problems.bad("INVALID_SEIZURE", "items." + l.id, "批次 " + l.id + " 只有 " + l.unitCount + " " + l.unit + "，不能查封 " + wanted,
                        "lot " + l.id + " holds " + l.unitCount + " units; cannot seize " + wanted);
            }
            if (wanted != null && wanted > free && !waiting) {
                throw new ProblemException(409, "UNITS_NOT_FREE", "批次 " + l.id + " 已有 " + heldUnits + " " + l.unit + "在押，仅余 " + free
                        + " 可查封；他案可申请轮候查封（waiting=true）",
                        "lot " + l.id + ": " + heldUnits + " units are already under seizure, only " + free
                                + " are free; another case may record a waiting seizure (waiting=true)", "items." + l.id);
            }
            if (wanted != null && wanted > free) {
                for (Views.SeizedElsewhere h : held) {
                    if (h.caseId() == c.id()) {
                        throw new ProblemException(409, "UNITS_NOT_FREE", "本案已查封批次 " + l.id + " 的这些单位，不能再次查封或轮候",
                                "this case already holds these units of lot " + l.id + "; it cannot seize or queue for them again", "items." + l.id);
                    }
                    if (waitsFor == null) waitsFor = h.seizureId();
                }
            }
            // a waiting seizure is assessed as if the units were free; an ordinary one counts only the free stock as the debtor's
            lots.add(new SeizureLimit.Lot(String.valueOf(l.id), waiting ? l.unitCount : free, l.valuePerUnitFen));
        }
        long debt = Math.max(1, c.amountOwedFen() - forCase);
        try {
            SeizureAssessment a = SeizureLimit.assess(lots, new HashMap<>(in.items()), debt, in.costsFen() == null ? 0 : in.costsFen(), operatingMinimum(in));
            return new Assessed(a, forCase, already, waitsFor);
        } catch (IllegalArgumentException e) {
            throw Problems.fromDomain("INVALID_SEIZURE", "items", e);
        }
    }

    /**
     * When a seizure ends, seizures of other cases waiting on its lots take effect in the order they were
     * recorded, each once all its units are free; the legal period of each starts that day.
     */
    void promoteWaiting(EntityManager em, SeizureEntity ended) {
        List<Long> lots = SeizureRecords.items(em, ended.id).stream().map(i -> i.lotId).collect(Collectors.toList());
        if (lots.isEmpty()) return;
        List<SeizureEntity> waiting = em.createQuery("select distinct s from SeizureEntity s, SeizureItemEntity i where i.seizureId = s.id"
                        + " and i.lotId in :lots and s.state = 'WAITING' order by s.id", SeizureEntity.class)
                .setParameter("lots", lots).getResultList();
        LocalDate today = Dates.today();
        for (SeizureEntity w : waiting) {
            boolean fits = true;
            for (SeizureItemEntity i : SeizureRecords.items(em, w.id)) {
                LotEntity l = SeizureRecords.lot(em, i.lotId);
                long heldUnits = held(em, l.id).stream().mapToLong(Views.SeizedElsewhere::count).sum();
                if (i.expectedCount > l.unitCount - heldUnits) fits = false;
            }
            if (!fits) continue;
            SeizureRecords.move(em, w, SeizureTransition.TAKE_EFFECT, "前序查封 " + ended.id + " 已" + SeizureState.valueOf(ended.state).labelZh()
                    + " / seizure " + ended.id + " ahead of it is " + SeizureState.valueOf(ended.state).labelEn());
            w.startDate = today;
            w.expiryDate = ExpiryEngine.expiry(today, AssetType.valueOf(w.assetType), config.periods());
            w.nextInspectionDate = today.plusDays(w.inspectionDays);
            audit.record("seizure.waiting-took-effect", "seizure:" + w.id, "after seizure:" + ended.id + " until " + w.expiryDate);
            em.flush();
        }
    }

    /**
     * 结案: with inForce=RELEASE every seizure still proposed, in force or waiting is released first; with
     * LIST the case stays open when any is, and they are listed.
     */
    Views.CaseClosed closeCase(long caseId, Views.CaseClose in) {
        if (in == null) throw Problems.required("reason");
        Validation.text(in.reason(), "reason", 500, true);
        if (in.inForce() == null) throw Problems.required("inForce");
        boolean release = switch (in.inForce().trim().toUpperCase(java.util.Locale.ROOT)) {
            case "RELEASE" -> true;
            case "LIST" -> false;
            default -> throw Problems.bad("UNKNOWN_CHOICE", "inForce", "inForce 须为 RELEASE 或 LIST", "inForce must be RELEASE or LIST");
        };
        return TenantJpa.inCourt(jpa, em -> {
            CaseView c = openCase(caseId);
            List<SeizureEntity> open = seizuresOf(em, caseId).stream()
                    .filter(s -> !SeizureState.valueOf(s.state).isTerminal()).collect(Collectors.toList());
            if (!release && !open.isEmpty()) {
                List<Views.SeizureView> listed = new ArrayList<>();
                for (SeizureEntity s : open) listed.add(view(em, s, c));
                return new Views.CaseClosed(caseId, "OPEN", List.of(), listed);
            }
            List<Long> released = new ArrayList<>();
            for (SeizureEntity s : open) {
                if (!SeizureStateMachine.allowed(SeizureState.valueOf(s.state)).contains(SeizureTransition.RELEASE)) {
                    throw Problems.conflict("SEIZURE_NOT_RELEASABLE", "查封 " + s.id + " 当前状态“" + SeizureState.valueOf(s.state).labelZh()
                                    + "”不能解除，请先处理后再结案",
                            "seizure " + s.id + " is '" + SeizureState.valueOf(s.state).labelEn() + "' and cannot be released; deal with it first");
                }
                SeizureRecords.move(em, s, SeizureTransition.RELEASE, "结案 / case closed: " + in.reason());
                audit.record("seizure.released", "seizure:" + s.id, "case closed: " + in.reason());
                released.add(s.id);
            }
            cases.close(caseId, in.reason());
            em.flush();
            return new Views.CaseClosed(caseId, "CLOSED", released, List.of());
        });
    }

    private long operatingMinimum(Views.SeizureRequest in) {
        return in.operatingMinimumFen() == null ? config.operatingMinimumFen() : in.operatingMinimumFen();
    }

    private CaseView openCase(long caseId) {
        CaseView c = cases.get(caseId);
        if (c.status() != CaseStatus.OPEN) {
            throw Problems.conflict("CASE_CLOSED", "案件已结案", "the case is closed");
        }
        return c;
    }

    static List<LotEntity> lotsOf(EntityManager em, long caseId) {
        return em.createQuery("select l from LotEntity l where l.caseId = :c order by l.id", LotEntity.class)
                .setParameter("c", caseId).getResultList();
    }
}
