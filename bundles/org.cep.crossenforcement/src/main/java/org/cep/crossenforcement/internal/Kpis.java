package org.cep.crossenforcement.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cep.platform.api.CourtKpis;
import org.cep.platform.api.TenantJpa;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The bound court's cross-enforcement figures, for side-by-side views (the pairing gap view). */
@Component(service = CourtKpis.class)
public class Kpis implements CourtKpis {
    private final JpaTemplate jpa;

    @Activate
    public Kpis(@Reference(target = "(osgi.unit.name=cep-cross-enforcement)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    @Override
    public String capabilityId() {
        return "cross-enforcement";
    }

    @Override
    public List<Kpi> kpis() {
        return TenantJpa.inCourt(jpa, em -> {
            long received = em.createQuery("select count(r) from ReceivedEntity r", Long.class).getSingleResult();
            Long recovered = em.createQuery("select sum(m.amountFen) from MoneyEntity m where m.kind = 'RECOVERED'", Long.class).getSingleResult();
            Long paid = em.createQuery("select sum(m.amountFen) from MoneyEntity m where m.kind = 'PAID_OUT'", Long.class).getSingleResult();
            return List.of(new Kpi("receivedCases", "接收交叉执行案件", "cross-enforced cases received", received, "count"),
                    new Kpi("recoveredFen", "执行到位金额", "money recovered", recovered == null ? 0 : recovered, "fen"),
                    new Kpi("paidOutFen", "发还申请人金额", "money paid out to applicants", paid == null ? 0 : paid, "fen"));
        });
    }
}
