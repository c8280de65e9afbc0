package org.visitledger.command.web;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.visitledger.command.visit.Refusal;
import org.visitledger.openapi.ApiProblems;

import java.util.Arrays;
import java.util.List;

/**
 * The command side's part of the OpenAPI document (issue 21): what every command may answer besides its success,
 * with the named reasons of a 409 (the {@link Refusal} values), and the headers every command reads.
 */
@Configuration(proxyBeanMethods = false)
public class CommandApiDocumentation {

    static final String REFUSED = "RefusedCommand";
    static final String ANSWER = "CommandAnswer";
    static final String NEXT_ACTION = "NextAction";

    @Bean
    public OperationCustomizer commandProblems() {
        return (operation, handlerMethod) -> {
            if (!handlerMethod.getBeanType().getPackageName().startsWith(CommandApiDocumentation.class.getPackageName())
                    || !AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), PostMapping.class)) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("The visit's version the command was made for, in quotes (its ETag); 412 if the "
                            + "visit has moved on").schema(new StringSchema()));
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("A key of the caller's choosing: the same key and body again answers the first "
                            + "answer without recording anything").schema(new StringSchema()));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.setContent(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ANSWER))));
                }
            });
            ApiProblems.add(operation, "400", "The request is invalid: the body, a field or a parameter (errors)");
            ApiProblems.add(operation, "404", "No such visit (or another provider's)");
            ApiProblems.add(operation, "409", "Refused in the visit's current state (reason names the rule), a "
                    + "concurrent change, or an idempotency key in use",
                    new Schema<>().$ref("#/components/schemas/" + REFUSED));
            ApiProblems.add(operation, "412", "If-Match names a version the visit has moved on from");
            ApiProblems.add(operation, "413", "The body is too large");
            return operation;
        };
    }

    /** The 409's problem, once for every command: a problem whose reason is one of the named refusals. */
    @Bean
    public OpenApiCustomizer refusedCommandSchema() {
        return openApi -> {
            Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + ApiProblems.SCHEMA);
            Schema<?> reason = new Schema<>().addProperty("reason", new StringSchema()._enum(
                    Arrays.stream(Refusal.values()).map(Enum::name).toList()));
            openApi.getComponents().addSchemas(REFUSED, new Schema<>().allOf(List.of(problem, reason))
                    .description("A command refused: reason names the rule (docs/rules.md)"));
            openApi.getComponents().addSchemas(NEXT_ACTION, new ObjectSchema()
                    .description("A command the caller may send next: rel names it by its path under the visit")
                    .addProperty("rel", new StringSchema()).addProperty("method", new StringSchema())
                    .addProperty("href", new StringSchema()));
            openApi.getComponents().addSchemas(ANSWER, new ObjectSchema()
                    .description("A command's answer: the visit's version after it (also its ETag), the id of what "
                            + "it created where it created something (e.g. concernId, complaintId), the visit's status "
                            + "and the commands the caller may send next (rule VISIT-NEXT-ACTIONS)")
                    .addProperty("visitId", new StringSchema()).addProperty("version", new IntegerSchema())
                    .addProperty("status", new StringSchema())
                    .addProperty("actions", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/"
                            + NEXT_ACTION)))
                    .additionalProperties(new StringSchema()));
        };
    }
}
