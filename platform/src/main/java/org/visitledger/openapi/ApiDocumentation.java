package org.visitledger.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document of the API (issue 21), generated from the controllers by springdoc and served at
 * {@code /v3/api-docs} with Swagger UI at {@code /swagger-ui.html}. This side of it: what both sides share, the
 * security schemes (HTTP Basic in the embedded profile, bearer JWTs otherwise) and the errors every endpoint may
 * answer. Each side documents its own errors ({@link ApiProblems#add}); docs/openapi.json is the committed copy.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    public OpenAPI visitLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("visit-ledger API").version("1")
                        .description("An event-sourced ledger of inspection and assurance visits to children's "
                                + "services: commands that record a visit's lifecycle, and reads of its history and "
                                + "read models. Every error is application/problem+json. Described in words in "
                                + "docs/api.md; the rules in docs/rules.md."))
                // Relative, so that the document is the same whatever host and port serve it.
                .servers(List.of(new Server().url("/")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The embedded profile's demo users (password = user name)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Outside the embedded profile: RS256 tokens with a roles claim"))
                        .addSchemas(ApiProblems.SCHEMA, ApiProblems.schema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every API endpoint may answer 401 (no or wrong credentials), 403 (not the caller's role) and 429. */
    @Bean
    public GlobalOperationCustomizer everyEndpointsProblems() {
        return (operation, handlerMethod) -> {
            ApiProblems.add(operation, "401", "Missing or wrong credentials");
            ApiProblems.add(operation, "403", "The caller's role may not do this");
            ApiProblems.add(operation, "429", "Past the caller's allowance (Retry-After says when to come back)");
            return operation;
        };
    }
}
