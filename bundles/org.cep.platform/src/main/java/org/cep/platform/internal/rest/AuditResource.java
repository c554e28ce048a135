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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(operationId = "listAuditEntries", summary = "本院审计日志 / The audit log of the caller's court")
    public List<Dto.AuditEntryView> list(@QueryParam("afterSeq") @DefaultValue("0") @Parameter(description = "只返回此序号之后的条目 / only entries after this seq", schema = @Schema(type = "integer", format = "int64", defaultValue = "0")) long afterSeq,
                                         @QueryParam("limit") @DefaultValue("100") @Parameter(description = "每页条数 / entries per page", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500", defaultValue = "100")) int limit) {
        return page(audit, CourtContext.current().courtId(), afterSeq, limit);
    }

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditChain", summary = "校验本院审计链 / Verify the audit chain of the caller's court")
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
