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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
    @Operation(operationId = "login", summary = "登录 / Log in",
            description = "用户名在本院内唯一，故登录须指明法院；令牌放入 Authorization: Bearer。连续失败会暂时锁定（不存在的用户亦然）。"
                    + " A user name is unique within its court, so a login names the court; send the token as Authorization: Bearer."
                    + " Repeated failures lock the name for a while (unknown names alike).")
    @ApiResponse(responseCode = "401", description = "法院、用户名或密码错误（不存在的法院或用户亦然） / wrong court, user name or password (an unknown court or user alike)")
    @ApiResponse(responseCode = "403", description = "账号或所属法院已停用 / the account or its court is deactivated")
    @ApiResponse(responseCode = "429", description = "登录失败次数过多，暂时锁定 / too many failed logins: locked for a while")
    public Dto.LoginResponse login(Dto.LoginRequest body) {
        if (body == null) throw ProblemException.required("body");
        AuthService.Login login = auth.login(body.courtId(), body.username(), body.password(), RequestPipeline.currentRequestId());
        return new Dto.LoginResponse(login.token(), login.expiresAt().toString(), Dto.UserView.of(login.user()));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "logout", summary = "退出登录 / Log out")
    @ApiResponse(responseCode = "204", description = "令牌已作废 / the token is revoked")
    public Response logout(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String header) {
        auth.logout(header.substring(7).trim(), CourtContext.current());
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({"provincial-admin", "court-admin", "enforcement-officer", "enforcement-judge", "clerk", "supervisor", "trainer", "trial-judge"})
    @Operation(operationId = "getCurrentUser", summary = "当前用户 / The logged-in user")
    public Dto.UserView me() {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.get(ctx.courtId(), ctx.userId()));
    }
}
