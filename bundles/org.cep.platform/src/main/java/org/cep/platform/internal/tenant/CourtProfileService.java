package org.cep.platform.internal.tenant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cep.platform.api.ComputerizationLevel;
import org.cep.platform.api.CourtLevel;
import org.cep.platform.api.CourtProfiles;
import org.cep.platform.internal.persistence.CourtCapabilityEntity;
import org.cep.platform.internal.persistence.CourtEntity;
import org.cep.platform.internal.persistence.PlatformSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Court profiles from the court and switch tables: two reads for a whole province. */
@Component(service = CourtProfiles.class)
public class CourtProfileService implements CourtProfiles {
    private final JpaTemplate jpa;

    @Activate
    public CourtProfileService(@Reference(target = "(osgi.unit.name=cep-platform)") JpaTemplate jpa, @Reference PlatformSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Profile> profile(String courtId) {
        if (courtId == null) return Optional.empty();
        return jpa.txExpr(TransactionType.Supports, em -> {
            CourtEntity c = em.find(CourtEntity.class, courtId);
            if (c == null || !c.active) return Optional.<Profile>empty();
            Map<String, Long> on = new TreeMap<>();
            em.createQuery("select s from CourtCapabilityEntity s where s.courtId = :c and s.enabled = true", CourtCapabilityEntity.class)
                    .setParameter("c", courtId).getResultList().forEach(s -> on.put(s.capabilityId, s.changedMicros));
            return Optional.of(profile(c, on));
        });
    }

    @Override
    public List<Profile> province(String highCourtId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // the columns a profile needs, not whole entities: EclipseLink would build and register 3,500 of them
            Map<String, Object[]> byId = new HashMap<>();
            Map<String, List<String>> children = new HashMap<>();
            for (Object[] c : em.createQuery("select c.id, c.nameZh, c.nameEn, c.level, c.parentId, c.computerization from CourtEntity c"
                    + " where c.active = true", Object[].class).getResultList()) {
                String id = (String) c[0];
                byId.put(id, c);
                if (c[4] != null) children.computeIfAbsent((String) c[4], k -> new ArrayList<>()).add(id);
            }
            if (!byId.containsKey(highCourtId)) return List.<Profile>of();
            Set<String> inProvince = new HashSet<>(List.of(highCourtId));
            Deque<String> open = new ArrayDeque<>(List.of(highCourtId));
            while (!open.isEmpty()) {
                for (String child : children.getOrDefault(open.pop(), List.of())) {
                    if (inProvince.add(child)) open.push(child);
                }
            }
            Map<String, Map<String, Long>> on = new HashMap<>();
            for (Object[] row : em.createQuery("select s.courtId, s.capabilityId, s.changedMicros from CourtCapabilityEntity s"
                    + " where s.enabled = true", Object[].class).getResultList()) {
                if (inProvince.contains((String) row[0])) {
                    on.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put((String) row[1], (Long) row[2]);
                }
            }
            List<Profile> all = new ArrayList<>(inProvince.size());
            for (String id : inProvince) {
                Object[] c = byId.get(id);
                all.add(new Profile(id, (String) c[1], (String) c[2], CourtLevel.fromToken((String) c[3]), (String) c[4],
                        ComputerizationLevel.fromToken((String) c[5]), Map.copyOf(on.getOrDefault(id, Map.of()))));
            }
            all.sort(java.util.Comparator.comparing(Profile::courtId));
            return all;
        });
    }

    private static Profile profile(CourtEntity c, Map<String, Long> on) {
        return new Profile(c.id, c.nameZh, c.nameEn, CourtLevel.fromToken(c.level), c.parentId,
                ComputerizationLevel.fromToken(c.computerization), Map.copyOf(on));
    }
}
