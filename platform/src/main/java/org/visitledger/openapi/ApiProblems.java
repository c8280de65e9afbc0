package org.visitledger.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;

/** The problem+json answer every error is (RFC 9457 with the ledger's own fields), as the OpenAPI document shows it. */
public final class ApiProblems {

    public static final String SCHEMA = "Problem";
    public static final String MEDIA_TYPE = "application/problem+json";

    private ApiProblems() {
    }

    static Schema<?> schema() {
        return new ObjectSchema()
                .description("An error. `reason` names the rule that refused a command (409); `errors` the fields "
                        + "of an invalid request (400); `currentVersion` the visit's version (412).")
                .addProperty("type", new StringSchema().description("urn:visit-ledger:problem:…"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("reason", new StringSchema())
                .addProperty("currentVersion", new IntegerSchema().format("int64"))
                .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())))
                .required(List.of("type", "title", "status"));
    }

    /** Documents that the operation may answer {@code status} with a problem, unless it already says so. */
    public static void add(Operation operation, String status, String description) {
        add(operation, status, description, new Schema<>().$ref("#/components/schemas/" + SCHEMA));
    }

    /** As {@link #add(Operation, String, String)}, with a schema of its own (e.g. the 409's reasons). */
    public static void add(Operation operation, String status, String description, Schema<?> schema) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(schema))));
    }
}
