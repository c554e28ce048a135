package org.cep.crossenforcement.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.cases.api.CaseService;
import org.cep.cases.api.CaseStatus;
import org.cep.cases.api.CaseView;
import org.cep.crossenforcement.domain.DecisionType;
import org.cep.crossenforcement.domain.TransferState;
import org.cep.platform.api.AuditLog;
import org.cep.platform.api.CourtContext;
import org.cep.platform.api.CrossingPurpose;
import org.cep.platform.api.Crossings;
import org.cep.platform.api.Micros;
import org.cep.platform.api.ProblemException;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The case package between courts. The original court sends it once per order; the receiving court
 * opens it (delivered), then accepts it (a new local case, exactly once per transfer) or rejects it with a
 * reason. Afterwards the receiving court owns the case, and the original court reads it under a grant.
 */
@Component(service = Transfers.class)
public class Transfers {
    /** How long the original court may read the case after handing it over. */
    static final Duration READBACK = Duration.ofDays(365);

    private final JpaTemplate jpa;
    private final CaseService cases;
    private final CaseRecords records;
    private final Applications applications;
    private final AuditLog audit;
    private final Crossings crossings;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What travels: the case file and where it comes from and goes to. Document bytes are fetched one by one. */
    record CasePackage(long orderId, String fromCourtId, String toCourtId, String applicationCourtId, long applicationId,
                       Views.CaseFile file) {
    }

    record TransferView(long id, long orderId, long caseId, String toCourtId, long grantId, String state, String stateZh,
                        String packageSha256, long packageBytes, int documents, String sentAt, String deliveredAt, String answeredAt,
                        String answeredBy, String rejectReason, Long receivingCaseId, String receivingCaseNumber, Long readbackGrantId) {
        static TransferView of(TransferEntity t) {
            return new TransferView(t.id, t.orderId, t.caseId, t.toCourtId, t.grantId, t.state, TransferState.valueOf(t.state).labelZh(),
                    t.packageSha256, t.packageBytes, t.documents, Micros.iso(t.sentMicros), Micros.iso(t.deliveredMicros),
                    Micros.iso(t.answeredMicros), t.answeredBy, t.rejectReason, t.receivingCaseId, t.receivingCaseNumber, t.readbackGrantId);
        }
    }

    /** A transfer as the receiving court sees it: the grant, and the package once the original court has sent it. */
    record IncomingView(long grantId, String fromCourtId, String scope, String state, TransferView transfer, CasePackage casePackage) {
    }

    record AcceptInput(String caseNumber) {
    }

    record RejectInput(String reason) {
    }

    record Accepted(CaseView localCase, long receivedId, String packageSha256, int documents, Long readbackGrantId) {
    }

    @Activate
    public Transfers(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa, @Reference CaseService cases,
                     @Reference CaseRecords records, @Reference Applications applications, @Reference AuditLog audit,
                     @Reference Crossings crossings) {
        this.jpa = jpa;
        this.cases = cases;
        this.records = records;
        this.applications = applications;
        this.audit = audit;
        this.crossings = crossings;
    }

    /** The original court sends the package of an order; sending again answers the first transfer. */
    TransferView send(long orderId) {
        OrderEntity o = applications.order(orderId);
        if (!DecisionType.valueOf(o.decision).transfers()) {
            throw new ProblemException(409, "NOT_A_TRANSFER", "该决定不需要移送案件", "this order does not transfer the case");
        }
        TransferEntity sent = TenantJpa.inCourt(jpa, em -> byOrder(em, orderId));
        if (sent != null) return TransferView.of(sent);
        if (!"OPEN".equals(o.status)) throw new ProblemException(409, "ORDER_CLOSED", "该决定已办结", "this order is already done");
        String home = CourtContext.current().courtId();
        Views.CaseFile file = records.file(o.caseId);
        byte[] body = write(new CasePackage(o.id, home, o.namedCourtId, o.fromCourtId, o.applicationId, file));
        return TenantJpa.inCourt(jpa, em -> {
            TransferEntity t = new TransferEntity();
            t.orderId = o.id;
            t.caseId = o.caseId;
            t.toCourtId = o.namedCourtId;
            t.grantId = o.grantId;
            t.packageJson = new String(body, StandardCharsets.UTF_8);
            t.packageSha256 = Checks.sha256(body);
            t.packageBytes = body.length + file.documents().stream().mapToLong(Views.DocumentView::sizeBytes).sum();
            t.documents = file.documents().size();
            t.state = TransferState.SENT.name();
            t.sentMicros = Micros.now();
            em.persist(t);
            em.flush();
            audit.record("ce.transfer.sent", "case:" + o.caseId, "to " + t.toCourtId + " sha256=" + t.packageSha256
                    + " documents=" + t.documents);
            return TransferView.of(t);
        });
    }

    List<TransferView> outgoing() {
        return TenantJpa.inCourt(jpa, em -> em.createQuery("select t from TransferEntity t order by t.id", TransferEntity.class)
                .getResultList().stream().map(TransferView::of).collect(Collectors.toList()));
    }

    /** Transfers to this court whose grant is in force, read in each sending court (nothing changes there). */
    List<IncomingView> incoming() {
        String home = CourtContext.current().courtId();
        List<IncomingView> list = new ArrayList<>();
        for (Crossings.Grant g : crossings.grants()) {
            if (g.purpose() != CrossingPurpose.TRANSFER || !g.granteeCourtId().equals(home) || !g.inForce()) continue;
            TransferView t = crossings.read(crossing(g, "list incoming transfer"), () -> TenantJpa.inCourt(jpa, em -> {
                TransferEntity e = byGrant(em, g.id());
                return e == null ? null : TransferView.of(e);
            }));
            list.add(new IncomingView(g.id(), g.ownerCourtId(), g.scope(), t == null ? "AWAITING_PACKAGE" : t.state(), t, null));
        }
        return list;
    }

    /** The receiving court opens the package: the first opening is the delivery receipt in the sending court. */
    IncomingView open(long grantId) {
        Crossings.Grant g = transferGrant(grantId);
        TransferEntity t = crossings.write(crossing(g, "open the case package"), () -> TenantJpa.inCourt(jpa, em -> {
            TransferEntity e = required(em, g.id());
            if (TransferState.valueOf(e.state) == TransferState.SENT) {
                em.lock(e, LockModeType.PESSIMISTIC_WRITE);
                e.state = TransferState.DELIVERED.name();
                e.deliveredMicros = Micros.now();
                audit.record("ce.transfer.delivered", "case:" + e.caseId, "opened by " + CourtContext.current().actor());
            }
            return e;
        }));
        return new IncomingView(g.id(), g.ownerCourtId(), g.scope(), t.state, TransferView.of(t), read(t.packageJson));
    }

    /**
     * Accepts the package as a new local case. The local write is keyed by (sending court, transfer), so a
     * retried or concurrent accept never makes a second case; the sending court's records follow after.
     */
    Accepted accept(long grantId, AcceptInput in) {
        if (in == null) throw ProblemException.required("caseNumber");
        Crossings.Grant g = transferGrant(grantId);
        String source = g.ownerCourtId();
        record Snapshot(TransferEntity transfer, List<DocumentEntity> documents) {
        }
        Snapshot s = crossings.read(crossing(g, "take over the case package"), () -> TenantJpa.inCourt(jpa, em -> {
            TransferEntity t = required(em, g.id());
            List<DocumentEntity> docs = em.createQuery("select d from DocumentEntity d where d.caseId = :c order by d.id",
                    DocumentEntity.class).setParameter("c", t.caseId).getResultList();
            return new Snapshot(t, docs);
        }));
        if (TransferState.valueOf(s.transfer().state) == TransferState.REJECTED) {
            throw new ProblemException(409, "TRANSFER_REJECTED", "该移送已被退回", "this transfer was rejected");
        }
        if (!Checks.sha256(s.transfer().packageJson.getBytes(StandardCharsets.UTF_8)).equals(s.transfer().packageSha256)) {
            throw new ProblemException(409, "PACKAGE_CORRUPT", "案件材料校验失败，请联系移送法院", "the package checksum does not match");
        }
        CasePackage p = read(s.transfer().packageJson);
        Accepted local = TenantJpa.inCourt(jpa, em -> {
            List<ReceivedEntity> before = em.createQuery("select r from ReceivedEntity r where r.sourceCourtId = :s and r.sourceTransferId = :t",
                    ReceivedEntity.class).setParameter("s", source).setParameter("t", s.transfer().id).getResultList();
            if (!before.isEmpty()) {
                return new Accepted(cases.get(before.get(0).localCaseId), before.get(0).id, before.get(0).packageSha256,
                        s.transfer().documents, null);
            }
            CaseView original = p.file().caseData();
            CaseView created = cases.create(new CaseService.NewCase(in.caseNumber(), original.applicant(), original.respondent(),
                    original.amountOwedFen()));
            for (DocumentEntity d : s.documents()) {
                if (!Checks.sha256(d.content).equals(d.sha256)) {
                    throw new ProblemException(409, "PACKAGE_CORRUPT", "文件校验失败：" + d.name, "document checksum does not match: " + d.name);
                }
                DocumentEntity copy = new DocumentEntity();
                copy.caseId = created.id();
                copy.name = d.name;
                copy.mediaType = d.mediaType;
                copy.content = d.content;
                copy.sha256 = d.sha256;
                copy.sizeBytes = d.sizeBytes;
                copy.addedBy = d.addedBy;
                em.persist(copy);
            }
            for (Views.AssetView a : p.file().assets()) {
                AssetEntity copy = new AssetEntity();
                copy.caseId = created.id();
                copy.kind = a.kind();
                copy.description = a.description();
                copy.valueFen = a.valueFen();
                copy.measure = a.measure();
                copy.foundOn = a.foundOn();
                copy.measureOn = a.measureOn();
                copy.measureUntil = a.measureUntil();
                copy.recordedBy = a.recordedBy();
                em.persist(copy);
            }
            ReceivedEntity r = new ReceivedEntity();
            r.sourceCourtId = source;
            r.sourceTransferId = s.transfer().id;
            r.sourceCaseId = original.id();
            r.sourceCaseNumber = original.caseNumber();
            r.localCaseId = created.id();
            r.packageSha256 = s.transfer().packageSha256;
            r.acceptedMicros = Micros.now();
            em.persist(r);
            em.flush();
            audit.record("ce.transfer.accepted", "case:" + created.id(), "from " + source + " case " + original.caseNumber()
                    + " sha256=" + r.packageSha256);
            return new Accepted(created, r.id, r.packageSha256, s.documents().size(), null);
        });
        Long readback = handOver(g, s.transfer(), local.localCase());
        applications.reportDone(p.applicationCourtId(), p.applicationId(),
                "接收法院 " + CourtContext.current().courtId() + " 已立案 " + local.localCase().caseNumber() + " / accepted",
                local.localCase().id());
        return new Accepted(local.localCase(), local.receivedId(), local.packageSha256(), local.documents(), readback);
    }

    /** In the sending court: the acceptance receipt, the original case closed, the order done; once. */
    private Long handOver(Crossings.Grant g, TransferEntity sent, CaseView localCase) {
        if (sent.readbackGrantId != null) return sent.readbackGrantId;
        long readback = crossings.issue(new Crossings.NewGrant(CrossingPurpose.FILE_ACCESS, CourtContext.current().courtId(),
                g.ownerCourtId(), "case:" + localCase.id(), Instant.now().plus(READBACK), "original court keeps read access after transfer")).id();
        String receiver = CourtContext.current().courtId();
        String actor = CourtContext.current().actor();
        crossings.write(crossing(g, "acceptance receipt"), () -> TenantJpa.inCourt(jpa, em -> {
            TransferEntity t = required(em, g.id());
            em.lock(t, LockModeType.PESSIMISTIC_WRITE);
            if (TransferState.valueOf(t.state).isFinal()) return null;
            t.state = TransferState.ACCEPTED.name();
            t.answeredMicros = Micros.now();
            if (t.deliveredMicros == null) t.deliveredMicros = t.answeredMicros;
            t.answeredBy = actor;
            t.receivingCaseId = localCase.id();
            t.receivingCaseNumber = localCase.caseNumber();
            t.readbackGrantId = readback;
            OrderEntity o = em.find(OrderEntity.class, t.orderId);
            if (o != null) {
                o.status = "DONE";
                o.doneMicros = t.answeredMicros;
            }
            if (cases.get(t.caseId).status() != CaseStatus.CLOSED) {
                cases.close(t.caseId, "移送 " + receiver + " 执行（" + localCase.caseNumber() + "） / transferred to " + receiver);
            }
            audit.record("ce.transfer.accepted-receipt", "case:" + t.caseId, "by " + receiver + " as " + localCase.caseNumber());
            return null;
        }));
        return readback;
    }

    IncomingView reject(long grantId, RejectInput in) {
        String reason = Checks.text(in == null ? null : in.reason(), "reason", 2000);
        Crossings.Grant g = transferGrant(grantId);
        String actor = CourtContext.current().actor();
        OrderEntity[] refusedOrder = new OrderEntity[1];
        TransferEntity t = crossings.write(crossing(g, "rejection receipt"), () -> TenantJpa.inCourt(jpa, em -> {
            TransferEntity e = required(em, g.id());
            em.lock(e, LockModeType.PESSIMISTIC_WRITE);
            if (!TransferState.valueOf(e.state).canMoveTo(TransferState.REJECTED)) {
                throw new ProblemException(409, "TRANSFER_ANSWERED", "该移送已答复：" + TransferState.valueOf(e.state).labelZh(),
                        "this transfer was already answered: " + e.state);
            }
            e.state = TransferState.REJECTED.name();
            e.answeredMicros = Micros.now();
            e.answeredBy = actor;
            e.rejectReason = reason;
            OrderEntity o = em.find(OrderEntity.class, e.orderId);
            if (o != null) {
                o.status = "REJECTED";
                refusedOrder[0] = o;
            }
            audit.record("ce.transfer.rejected", "case:" + e.caseId, reason);
            return e;
        }));
        // the higher court learns it, and may name another court
        if (refusedOrder[0] != null) {
            applications.reportRejected(refusedOrder[0].fromCourtId, refusedOrder[0].applicationId,
                    CourtContext.current().courtId() + "：" + reason);
        }
        return new IncomingView(g.id(), g.ownerCourtId(), g.scope(), t.state, TransferView.of(t), null);
    }

    private Crossings.Grant transferGrant(long grantId) {
        Crossings.Grant g = crossings.grant(grantId);
        if (g.purpose() != CrossingPurpose.TRANSFER || !g.granteeCourtId().equals(CourtContext.current().courtId())) {
            throw new ProblemException(404, "TRANSFER_NOT_FOUND", "本院没有此项移送", "no transfer to your court under this grant", "grantId");
        }
        return g;
    }

    private static Crossings.Crossing crossing(Crossings.Grant g, String what) {
        return new Crossings.Crossing(g.ownerCourtId(), CrossingPurpose.TRANSFER, g.id(), g.scope(), what);
    }

    private static TransferEntity required(EntityManager em, long grantId) {
        TransferEntity t = byGrant(em, grantId);
        if (t == null) {
            throw new ProblemException(409, "PACKAGE_NOT_SENT", "原执行法院尚未移送案件材料", "the original court has not sent the package yet");
        }
        return t;
    }

    private static TransferEntity byGrant(EntityManager em, long grantId) {
        return em.createQuery("select t from TransferEntity t where t.grantId = :g", TransferEntity.class).setParameter("g", grantId)
                .getResultList().stream().findFirst().orElse(null);
    }

    private static TransferEntity byOrder(EntityManager em, long orderId) {
        return em.createQuery("select t from TransferEntity t where t.orderId = :o", TransferEntity.class).setParameter("o", orderId)
                .getResultList().stream().findFirst().orElse(null);
    }

    private byte[] write(CasePackage p) {
        try {
            return json.writeValueAsBytes(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("package not serialisable", e);
        }
    }

    private CasePackage read(String packageJson) {
        try {
            return json.readValue(packageJson, CasePackage.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(409, "PACKAGE_CORRUPT", "案件材料无法读取", "the package cannot be read");
        }
    }
}
