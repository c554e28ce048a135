package org.cep.platform.internal.rest;

import javax.annotation.security.RolesAllowed;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.CourtContext;
import org.cep.platform.api.ProblemException;
import org.cep.platform.internal.auth.AuthService;
import org.cep.platform.internal.user.UserService;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final AuthService auth;
    private final UserService users;

    AuthResource(AuthService auth, UserService users) {
        this.auth = auth;
        this.users = users;
    }

    @POST
    @Path("/login")
    @PermitAll
    public Dto.LoginResponse login(Dto.LoginRequest body) {
        if (body == null) throw ProblemException.required("body");
        AuthService.Login login = auth.login(body.courtId(), body.username(), body.password(), RequestPipeline.currentRequestId());
        return new Dto.LoginResponse(login.token(), login.expiresAt().toString(), Dto.UserView.of(login.user()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "clerk", "supervisor", "trainer", "trial-judge"})
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String header) {
        auth.logout(header.substring(7).trim(), CourtContext.current());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "clerk", "supervisor", "trainer", "trial-judge"})
    public Dto.UserView me() {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.get(ctx.courtId(), ctx.userId()));
    }
}
