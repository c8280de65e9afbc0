package org.visitledger.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.visitledger.app.ApiClient.Answer;
import org.visitledger.app.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: the OpenAPI document generated from the code, served at /v3/api-docs with Swagger UI, documents every
 * endpoint's body and errors, and the copy committed in docs/openapi.json is the one served. After an intended change
 * of the API, run {@code ./mvnw -B test -pl app -am -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dopenapi.update=true}, which rewrites docs/openapi.json; review its diff and commit it with the change.
 */
class OpenApiDocumentTest extends RunningApp {

    private static final Path COMMITTED = Path.of(System.getProperty("basedir", "."), "..", "docs", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMappings;

    private JsonNode served() {
        Answer answer = anonymous.get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void the_committed_copy_in_docs_is_the_document_the_application_serves() throws IOException {
        JsonNode served = served();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n");
        }
        assertThat(Files.exists(COMMITTED)).as("%s exists; write it with -Dopenapi.update=true", COMMITTED).isTrue();
        assertThat(JSON.readTree(Files.readString(COMMITTED)))
                .as("docs/openapi.json differs from /v3/api-docs: if the API changed on purpose, rewrite it with "
                        + "-Dopenapi.update=true and commit it")
                .isEqualTo(served);
    }

    @Test
    void every_api_endpoint_is_documented_with_its_body_and_its_errors() {
        JsonNode paths = served().get("paths");
        Set<String> endpoints = new TreeSet<>();
        handlerMappings.getHandlerMethods().keySet().forEach(mapping -> mapping.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> mapping.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name().toLowerCase() + " " + pattern))));

        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints) {
            String[] methodAndPath = endpoint.split(" ", 2);
            JsonNode operation = paths.path(methodAndPath[1]).path(methodAndPath[0]);
            if (operation.isMissingNode()) {
                missing.add(endpoint + ": not in the document");
                continue;
            }
            List<String> errors = new ArrayList<>(List.of("401", "403"));
            boolean command = methodAndPath[0].equals("post") && !methodAndPath[1].startsWith("/api/admin/");
            if (command) {
                errors.addAll(List.of("400", "404", "409", "412"));
                if (operation.path("requestBody").path("content").path("application/json").path("schema")
                        .isMissingNode()) {
                    missing.add(endpoint + ": no request body");
                }
            }
            if (methodAndPath[0].equals("get") && !methodAndPath[1].startsWith("/api/admin/")) {
                errors.add("400");
            }
            for (String status : errors) {
                if (operation.path("responses").path(status).path("content").path("application/problem+json")
                        .isMissingNode()) {
                    missing.add(endpoint + ": no problem+json " + status);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(40);
    }

    @Test
    void a_refused_command_documents_the_named_reasons() {
        JsonNode document = served();
        JsonNode conflict = document.path("paths").path("/api/visits/{visitId}/judgements").path("post")
                .path("responses").path("409").path("content").path("application/problem+json").path("schema");
        assertThat(conflict.path("$ref").asString()).isEqualTo("#/components/schemas/RefusedCommand");
        assertThat(document.path("components").path("schemas").path("RefusedCommand").toString())
                .contains("LIMITING_GRADES_MISSING", "NO_LIMIT_TO_OVERRIDE", "#/components/schemas/Problem");
    }

    @Test
    void swagger_ui_is_served_from_the_jar() {
        Answer page = anonymous.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void the_document_names_both_security_schemes() {
        JsonNode schemes = served().path("components").path("securitySchemes");
        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("bearerFormat").asString()).isEqualTo("JWT");
    }
}
