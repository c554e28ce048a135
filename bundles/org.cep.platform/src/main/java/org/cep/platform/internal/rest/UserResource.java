package org.cep.platform.internal.rest;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cep.platform.api.CourtContext;
import org.cep.platform.internal.user.UserService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Users of the caller's own court. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"court-admin", "provincial-admin"})
public class UserResource {
    private final UserService users;

    UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "本院用户 / Users of the caller's court")
    public List<Dto.UserView> list() {
        return users.list(CourtContext.current().courtId()).stream().map(Dto.UserView::of).collect(Collectors.toList());
    }

    @POST
    @Operation(operationId = "createUser", summary = "创建本院用户 / Create a user in the caller's court")
    @ApiResponse(responseCode = "201", description = "已创建 / created",
            headers = @Header(name = "Location", description = "新用户的地址 / the new user's URL", schema = @Schema(type = "string")),
            content = @Content(schema = @Schema(implementation = Dto.UserView.class)))
    @ApiResponse(responseCode = "409", description = "本院已有此用户名 / the court already has a user of this name")
    public Response create(UserService.NewUser body) {
        CourtContext ctx = CourtContext.current();
        Dto.UserView u = Dto.UserView.of(users.create(ctx.courtId(), body, ctx));
        // root-relative: never built from the request's Host header, which a client can forge
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/users/" + u.id()).entity(u).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUser", summary = "本院的一个用户 / A user of the caller's court")
    public Dto.UserView get(@PathParam("id") long id) {
        return Dto.UserView.of(users.get(CourtContext.current().courtId(), id));
    }

    @PATCH
    @Path("{id}")
    @Operation(operationId = "changeUser", summary = "修改用户（姓名、密码、角色、启用） / Change a user (name, password, roles, active)",
            description = "新密码、角色变化或停用会结束该用户的所有会话。 A new password, other roles or a deactivation end every session of the user.")
    @ApiResponse(responseCode = "409", description = "不能停用自己的账号 / you cannot deactivate your own account")
    public Dto.UserView change(@PathParam("id") long id, UserService.UserChange body) {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.change(ctx.courtId(), id, body, ctx));
    }

    /** Deactivates: the account can no longer log in, and what it did stays attributable. */
    @DELETE
    @Path("{id}")
    @Operation(operationId = "deactivateUser", summary = "停用用户 / Deactivate a user",
            description = "账号不再能登录，其操作记录保留。 The account can no longer log in; what it did stays attributable.")
    @ApiResponse(responseCode = "409", description = "不能停用自己的账号 / you cannot deactivate your own account")
    public Dto.UserView deactivate(@PathParam("id") long id) {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.change(ctx.courtId(), id, new UserService.UserChange(null, null, null, false), ctx));
    }
}
