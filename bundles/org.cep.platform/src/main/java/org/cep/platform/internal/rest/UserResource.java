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
    public List<Dto.UserView> list() {
        return users.list(CourtContext.current().courtId()).stream().map(Dto.UserView::of).collect(Collectors.toList());
    }

    @POST
    public Response create(UserService.NewUser body) {
        CourtContext ctx = CourtContext.current();
        Dto.UserView u = Dto.UserView.of(users.create(ctx.courtId(), body, ctx));
        // root-relative: never built from the request's Host header, which a client can forge
        return Response.status(201).header(HttpHeaders.LOCATION, "/api/v1/users/" + u.id()).entity(u).build();
    }

    @GET
    @Path("{id}")
    public Dto.UserView get(@PathParam("id") long id) {
        return Dto.UserView.of(users.get(CourtContext.current().courtId(), id));
    }

    @PATCH
    @Path("{id}")
    public Dto.UserView change(@PathParam("id") long id, UserService.UserChange body) {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.change(ctx.courtId(), id, body, ctx));
    }

    /** Deactivates: the account can no longer log in, and what it did stays attributable. */
    @DELETE
    @Path("{id}")
    public Dto.UserView deactivate(@PathParam("id") long id) {
        CourtContext ctx = CourtContext.current();
        return Dto.UserView.of(users.change(ctx.courtId(), id, new UserService.UserChange(null, null, null, false), ctx));
    }
}
