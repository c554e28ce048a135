package org.cep.platform.internal.rest;

import java.util.List;
import java.util.function.Supplier;

import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The API contract: it describes the API, not any court's data, so it is public like /health. */
@Path("/openapi.json")
public class ApiDocumentResource {
    private static final Logger LOG = LoggerFactory.getLogger(ApiDocumentResource.class);
    private final Supplier<byte[]> document;

    ApiDocumentResource(Supplier<byte[]> document) {
        this.document = document;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiDocument", summary = "本接口的 OpenAPI 文档 / This API's OpenAPI document",
            description = "包括本容器已安装的全部功能模块，无需登录。 Every capability installed in this container included; no login needed.")
    @ApiResponse(responseCode = "200", description = "OpenAPI 3 文档 / the OpenAPI 3 document",
            content = @Content(schema = @Schema(type = "object", description = "OpenAPI 3.0")))
    public byte[] document() {
        return document.get();
    }

    /** Built on first use from the resources of this server, then kept until the server is rebuilt. */
    static Supplier<byte[]> lazily(List<ApiDocument.Group> groups, ClassLoader loader) {
        return new Supplier<>() {
            private byte[] built;

            @Override
            public synchronized byte[] get() {
                if (built == null) {
                    Thread thread = Thread.currentThread();
                    ClassLoader previous = thread.getContextClassLoader();
                    thread.setContextClassLoader(loader);
                    try {
                        ApiDocument d = ApiDocument.build(groups);
                        if (!d.problems().isEmpty()) LOG.error("The API contract is incomplete: {}", d.problems());
                        built = d.json();
                    } finally {
                        thread.setContextClassLoader(previous);
                    }
                }
                return built;
            }
        };
    }
}
