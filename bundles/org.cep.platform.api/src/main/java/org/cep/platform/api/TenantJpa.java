package org.cep.platform.api;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The one way capability code reaches its tenant tables: every transaction is pinned to the court
 * of the current request before the first statement, so EclipseLink's {@code @Multitenant}
 * discriminator filters every read and stamps every write.
 */
public final class TenantJpa {

    /** The EclipseLink property that carries the court id into {@code @TenantDiscriminatorColumn}. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    private TenantJpa() {
    }

    public static <R> R inCourt(JpaTemplate jpa, Function<EntityManager, R> work) {
        return inCourt(jpa, TransactionType.Required, work);
    }

    /** As {@link #inCourt}, for reads: no transaction of its own (it joins the caller's, if there is one). */
    public static <R> R readInCourt(JpaTemplate jpa, Function<EntityManager, R> work) {
        return inCourt(jpa, TransactionType.Supports, work);
    }

    private static <R> R inCourt(JpaTemplate jpa, TransactionType type, Function<EntityManager, R> work) {
        String courtId = CourtContext.current().courtId();
        return jpa.txExpr(type, em -> {
            Object bound = em.getProperties().get(TENANT_PROPERTY);
            if (bound != null && !bound.equals(courtId)) {
                // one persistence context serves one court: a crossing must not start inside another court's work
                throw new IllegalStateException("this transaction already works in court " + bound + ", not " + courtId
                        + ": call the crossing service outside TenantJpa.inCourt");
            }
            em.setProperty(TENANT_PROPERTY, courtId);
            return work.apply(em);
        });
    }
}
