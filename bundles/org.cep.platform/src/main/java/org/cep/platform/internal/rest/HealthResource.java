package org.cep.platform.internal.rest;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** Liveness for load balancers and operators; needs no login and reveals nothing about courts. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    private final DataSource dataSource;

    HealthResource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @PermitAll
    public Response health() {
        Map<String, Object> db = new LinkedHashMap<>();
        boolean up;
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            up = c.isValid(2);
        } catch (Exception e) {
            up = false;
        }
        db.put("status", up ? "UP" : "DOWN");
        db.put("latencyMs", (System.nanoTime() - start) / 1_000_000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("database", db);
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
