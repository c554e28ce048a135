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
            Map<String, CourtEntity> byId = new HashMap<>();
            Map<String, List<String>> children = new HashMap<>();
            for (CourtEntity c : em.createQuery("select c from CourtEntity c where c.active = true", CourtEntity.class).getResultList()) {
                byId.put(c.id, c);
                if (c.parentId != null) children.computeIfAbsent(c.parentId, k -> new ArrayList<>()).add(c.id);
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
            for (String id : inProvince) all.add(profile(byId.get(id), on.getOrDefault(id, Map.of())));
            all.sort(java.util.Comparator.comparing(Profile::courtId));
            return all;
        });
    }

    private static Profile profile(CourtEntity c, Map<String, Long> on) {
        return new Profile(c.id, c.nameZh, c.nameEn, CourtLevel.fromToken(c.level), c.parentId,
                ComputerizationLevel.fromToken(c.computerization), Map.copyOf(on));
    }
}
