package org.cep.platform.internal.rest;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.audit.AuditService;
import org.cep.platform.internal.audit.VerifyResult;

/** The audit log of the caller's own court. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"court-admin", "provincial-admin", "supervisor"})
public class AuditResource {
    static final int MAX_PAGE = 500;
    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    public List<Dto.AuditEntryView> list(@QueryParam("afterSeq") @DefaultValue("0") long afterSeq,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        return page(audit, CourtContext.current().courtId(), afterSeq, limit);
    }

    @GET
    @Path("verify")
    public VerifyResult verify() {
        return audit.verify(CourtContext.current().courtId());
    }

    static List<Dto.AuditEntryView> page(AuditService audit, String courtId, long afterSeq, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badField("INVALID_LIMIT", "limit", "limit 须在 1 到 " + MAX_PAGE + " 之间",
                    "limit must be between 1 and " + MAX_PAGE);
        }
        return audit.list(courtId, afterSeq, limit).stream().map(Dto.AuditEntryView::of).collect(Collectors.toList());
    }
}
