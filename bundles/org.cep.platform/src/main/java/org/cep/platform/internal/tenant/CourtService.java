package org.cep.platform.internal.tenant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.cep.platform.internal.auth.AccessCache;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.Capability;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtDirectory;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.capability.CapabilityRegistry;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.api.Micros;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Courts and their capability switches: the runtime state that every node reads from the database. */
@Component(service = {CourtService.class, CourtDirectory.class})
public class CourtService implements CourtDirectory {
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final CapabilityRegistry capabilities;

    @Activate
    public CourtService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa,
                        @Reference AuditService audit, @Reference CapabilityRegistry capabilities,
                        @Reference PlatformSchema schema) {
        this.jpa = jpa;
        this.audit = audit;
        this.capabilities = capabilities;
    }

    public List<CourtEntity> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select c from CourtEntity c order by c.id", CourtEntity.class).getResultList());
    }

    public CourtEntity find(String courtId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.find(CourtEntity.class, courtId));
    }

    public CourtEntity require(String courtId) {
        CourtEntity c = find(courtId);
        if (c == null) {
            throw ProblemException.courtNotFound(courtId, "courtId");
        }
        return c;
    }

    /** Switches of one court, by capability id. */
    public Map<String, CourtCapabilityEntity> switches(String courtId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, CourtCapabilityEntity> m = new TreeMap<>();
            for (CourtCapabilityEntity s : em.createQuery(
                    "select s from CourtCapabilityEntity s where s.courtId = :c", CourtCapabilityEntity.class)
                    .setParameter("c", courtId).getResultList()) {
                m.put(s.capabilityId, s);
            }
            return m;
        });
    }

    /** Switches of every court (court id → capability id → switch), in one query: the province's matrix. */
    public Map<String, Map<String, CourtCapabilityEntity>> allSwitches() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Map<String, CourtCapabilityEntity>> m = new TreeMap<>();
            for (CourtCapabilityEntity s : em.createQuery("select s from CourtCapabilityEntity s", CourtCapabilityEntity.class).getResultList()) {
                m.computeIfAbsent(s.courtId, k -> new TreeMap<>()).put(s.capabilityId, s);
            }
            return m;
        });
    }

    @Override
    public List<String> activeCourtsWith(String capabilityId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select c.id from CourtEntity c, CourtCapabilityEntity s where s.courtId = c.id and c.active = true"
                                + " and s.capabilityId = :cap and s.enabled = true order by c.id", String.class)
                .setParameter("cap", capabilityId).getResultList());
    }

    @Override
    public Optional<Court> court(String courtId) {
        return Optional.ofNullable(courtId == null ? null : find(courtId)).map(CourtService::court);
    }

    /** One query for the lot (a province-wide list names a hundred courts; one lookup each was a tenth of its time). */
    @Override
    public Map<String, String> namesZh(java.util.Collection<String> courtIds) {
        Map<String, String> names = new HashMap<>();
        if (courtIds.isEmpty()) return names;
        List<String> ids = List.copyOf(new LinkedHashSet<>(courtIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select c.id, c.nameZh from CourtEntity c where c.id in :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()).forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    @Override
    public List<Court> children(String courtId) {
        return list().stream().filter(c -> courtId.equals(c.parentId)).map(CourtService::court).collect(Collectors.toList());
    }

    /** Read fresh each time (the hierarchy changes with tenant-config files); a province has a few hundred courts. */
    @Override
    public List<Court> jurisdiction(String courtId) {
        Map<String, List<CourtEntity>> byParent = new HashMap<>();
        for (CourtEntity c : list()) {
            if (c.parentId != null) byParent.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(c);
        }
        List<Court> below = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>(List.of(courtId));
        Set<String> seen = new HashSet<>(List.of(courtId));
        while (!open.isEmpty()) {
            for (CourtEntity child : byParent.getOrDefault(open.pop(), List.of())) {
                if (seen.add(child.id)) {
                    below.add(court(child));
                    open.push(child.id);
                }
            }
        }
        below.sort(Comparator.comparing(Court::id));
        return below;
    }

    /**
     * Walks up from the court (a few lookups by key) instead of listing the province: asked on every crossing
     * that rests on the hierarchy.
     */
    @Override
    public boolean isUnder(String courtId, String higherCourtId) {
        Set<String> seen = new HashSet<>();
        CourtEntity c = courtId == null ? null : find(courtId);
        while (c != null && c.parentId != null && seen.add(c.id)) {
            if (c.parentId.equals(higherCourtId)) return true;
            c = find(c.parentId);
        }
        return false;
    }

    private static Court court(CourtEntity c) {
        return new Court(c.id, c.nameZh, c.nameEn, CourtLevel.fromToken(c.level), c.parentId, c.active);
    }

    /** Asked on every request to a capability: from the database at most 0.8 s old, so a switch takes effect within a second on every node. */
    public boolean isEnabled(String courtId, String capabilityId) {
        return SWITCHES.get(courtId + '\u0000' + capabilityId, () -> jpa.txExpr(TransactionType.Supports, em -> {
            CourtCapabilityEntity s = em.find(CourtCapabilityEntity.class, new CourtCapabilityEntity.Key(courtId, capabilityId));
            return s != null && s.enabled;
        }));
    }

    private static final AccessCache<String, Boolean> SWITCHES = new AccessCache<>();

    /** What was applied from a court's file: its hash (null once the court is inactive) and its modification time. */
    public record Applied(String hash, Long modifiedMillis) {
    }

    /** The applied file per court id, to skip files that did not change and files older than the one applied. */
    public Map<String, Applied> applied() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Applied> m = new HashMap<>();
            for (Object[] row : em.createQuery("select c.id, c.configHash, c.active, c.configModifiedMillis from CourtEntity c", Object[].class)
                    .getResultList()) {
                m.put((String) row[0], new Applied(Boolean.TRUE.equals(row[2]) ? (String) row[1] : null, (Long) row[3]));
            }
            return m;
        });
    }

    /**
     * Applies court files as desired state, in one transaction: fields, active flag and the set of
     * capabilities switched on. Capabilities not in the file are switched off, never deleted.
     */
    public void applyDefinitions(List<CourtDefinition> definitions, Map<String, Long> fileModifiedMillis, String actor, String requestId) {
        jpa.tx(TransactionType.Required, em -> {
            for (CourtDefinition d : definitions) {
                applyOne(em, d, fileModifiedMillis.get(d.sourceFile()), actor, requestId);
            }
        });
        AccessCache.clearAll();
    }

    private void applyOne(EntityManager em, CourtDefinition d, Long modifiedMillis, String actor, String requestId) {
        CourtEntity c = em.find(CourtEntity.class, d.id());
        boolean created = c == null;
        if (created) {
            c = new CourtEntity();
            c.id = d.id();
        }
        List<String> changes = new ArrayList<>();
        if (!created && !c.active) changes.add("reactivated");
        c.nameZh = d.nameZh();
        c.nameEn = d.nameEn();
        c.level = d.level().token();
        c.parentId = d.parentId();
        c.region = d.region();
        c.regionEn = d.regionEn();
        c.computerization = d.computerization().token();
        c.active = true;
        c.sourceFile = d.sourceFile();
        c.configHash = d.contentHash();
        c.configModifiedMillis = modifiedMillis;
        c.updatedMicros = Micros.now();
        if (created) {
            em.persist(c);
            audit.ensureHead(em, c.id);
        }
        Map<String, CourtCapabilityEntity> current = new HashMap<>();
        for (CourtCapabilityEntity s : em.createQuery(
                "select s from CourtCapabilityEntity s where s.courtId = :c", CourtCapabilityEntity.class)
                .setParameter("c", d.id()).getResultList()) {
            current.put(s.capabilityId, s);
        }
        Set<String> ids = new LinkedHashSet<>(d.capabilities());
        ids.addAll(current.keySet());
        for (String capId : ids) {
            boolean want = d.capabilities().contains(capId);
            boolean override = want && d.capabilityOverrides().contains(capId);
            CourtCapabilityEntity s = current.get(capId);
            if (s == null) {
                s = new CourtCapabilityEntity();
                s.courtId = d.id();
                s.capabilityId = capId;
                em.persist(s);
            } else if (s.enabled == want && s.levelOverride == override) {
                continue;
            }
            s.enabled = want;
            s.levelOverride = override;
            s.changedBy = actor;
            s.changedMicros = Micros.now();
            changes.add((want ? "+" : "-") + capId + (override ? "(override)" : ""));
        }
        audit.appendIn(em, d.id(), actor, created ? "court.created" : "court.config-applied", d.id(),
                "file=" + d.sourceFile() + (changes.isEmpty() ? "" : " changes=" + String.join(",", changes)), requestId);
    }

    /** Marks courts whose file is gone as inactive. Their users, switches and data stay. */
    public void deactivate(List<String> courtIds, String actor, String requestId) {
        jpa.tx(TransactionType.Required, em -> {
            for (String id : courtIds) {
                CourtEntity c = em.find(CourtEntity.class, id);
                if (c != null && c.active) {
                    c.active = false;
                    c.configHash = null;
                    c.configModifiedMillis = System.currentTimeMillis(); // the removal is as new as now: an older file elsewhere does not undo it
                    c.updatedMicros = Micros.now();
                    audit.appendIn(em, id, actor, "court.deactivated", id, "its file was removed; data kept", requestId);
                }
            }
        });
        AccessCache.clearAll();
    }

    /**
     * Switches a capability on or off for a court. Below the capability's minimum computerization
     * level, switching on needs an explicit override (provincial IT only), which the audit records.
     */
    public CourtCapabilityEntity setCapability(String courtId, String capabilityId, boolean enabled, boolean override,
                                              String reason, String actor, String requestId) {
        Capability capability = capabilities.get(capabilityId);
        if (capability == null) {
            throw new ProblemException(404, "CAPABILITY_NOT_INSTALLED",
                    "本平台未安装该功能模块：" + capabilityId, "capability not installed in this container: " + capabilityId, "capabilityId");
        }
        CourtCapabilityEntity changed = jpa.txExpr(TransactionType.Required, em -> {
            CourtEntity court = em.find(CourtEntity.class, courtId);
            if (court == null) {
                throw ProblemException.courtNotFound(courtId, "courtId");
            }
            ComputerizationLevel level = ComputerizationLevel.fromToken(court.computerization);
            if (enabled) {
                CapabilityRules.checkLevel(court.id, level, capability, override);
            }
            CourtCapabilityEntity s = em.find(CourtCapabilityEntity.class, new CourtCapabilityEntity.Key(courtId, capabilityId));
            if (s == null) {
                s = new CourtCapabilityEntity();
                s.courtId = courtId;
                s.capabilityId = capabilityId;
                em.persist(s);
            }
            boolean usesOverride = enabled && override && !level.atLeast(capability.minimumLevel());
            s.enabled = enabled;
            s.levelOverride = usesOverride;
            s.changedBy = actor;
            s.changedMicros = Micros.now();
            audit.appendIn(em, courtId, actor, enabled ? "capability.enabled" : "capability.disabled", capabilityId,
                    (usesOverride ? "LEVEL OVERRIDE (court " + level.token() + " < required " + capability.minimumLevel().token() + "); " : "")
                            + "reason=" + Objects.requireNonNullElse(reason, ""), requestId);
            return s;
        });
        AccessCache.clearAll();
        return changed;
    }
}
