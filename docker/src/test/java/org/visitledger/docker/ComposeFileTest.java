package org.visitledger.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docker/compose.yml: PostgreSQL, one command side, two query-side replicas, wired as the sides need. */
class ComposeFileTest {

    private static final String POSTGRES = "postgres";
    private static final String AXON_SERVER = "axonserver";
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)(\\?.*)?");
    /** A published port with a single fixed host port ("8081:8081", "127.0.0.1:8081:8081"); ranges have a dash. */
    private static final Pattern FIXED_HOST_PORT = Pattern.compile("(?:[\\d.]+:)?(\\d+):\\d+(/\\w+)?");

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void hasTheDatabaseBothSidesTheQueryProxyAndTheOptionalAxonServer() {
        assertThat(compose.services()).containsOnlyKeys(POSTGRES, Side.COMMAND.module(), Side.QUERY.module(),
                "query-proxy", AXON_SERVER);
    }

    @Test
    void runsOneCommandSideAndTwoQuerySideReplicas() {
        assertThat(compose.replicas(Side.COMMAND.module())).contains(1);
        assertThat(compose.replicas(Side.QUERY.module())).contains(2);
    }

    @Test
    void noReplicatedServicePublishesAFixedHostPort() {
        // Two containers cannot bind one host port: the second replica would fail to start.
        for (String service : compose.services().keySet()) {
            if (compose.replicas(service).orElse(1) > 1) {
                assertThat(compose.ports(service)).as("ports of %s", service)
                        .noneMatch(port -> FIXED_HOST_PORT.matcher(port).matches());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void publishedPortsTargetTheSidesServerPort(Side side) {
        for (String port : compose.ports(side.module())) {
            assertThat(port).endsWith(":" + side.serverPort());
        }
    }

    @Test
    void postgresIsAPinnedMajorWithAVolumeAndAHealthcheck() {
        Map<String, Object> postgres = compose.service(POSTGRES);
        assertThat(String.valueOf(postgres.get("image"))).matches("postgres:1[56](\\..*|-.*)?");
        assertThat(String.valueOf(ComposeFile.map(postgres.get("healthcheck")).get("test"))).contains("pg_isready");

        List<?> volumes = (List<?>) postgres.get("volumes");
        assertThat(volumes).anySatisfy(volume -> assertThat(String.valueOf(volume)).endsWith(":/var/lib/postgresql/data"));
        String volumeName = volumes.stream().map(String::valueOf).filter(v -> v.endsWith(":/var/lib/postgresql/data"))
                .findFirst().orElseThrow().split(":")[0];
        assertThat(ComposeFile.map(compose.document().get("volumes"))).as("a named volume, declared").containsKey(volumeName);
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void datasourcePointsAtThePostgresServiceWithItsCredentials(Side side) {
        Map<String, String> env = compose.environment(side.module());
        Map<String, String> database = compose.environment(POSTGRES);

        Matcher url = JDBC_URL.matcher(ComposeFile.withDefaults(env.get("SPRING_DATASOURCE_URL")));
        assertThat(url.matches()).as("a PostgreSQL JDBC URL: %s", env.get("SPRING_DATASOURCE_URL")).isTrue();
        assertThat(url.group(1)).isEqualTo(POSTGRES);
        assertThat(url.group(2)).isEqualTo("5432");
        assertThat(url.group(3)).isEqualTo(ComposeFile.withDefaults(database.get("POSTGRES_DB")));
        // The same expressions, so that overriding POSTGRES_USER or POSTGRES_PASSWORD changes both ends.
        assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void sidesRunThePostgresProfileWithoutTheDemoUsersByDefault(Side side) {
        List<String> profiles = List.of(ComposeFile.withDefaults(
                compose.environment(side.module()).get("SPRING_PROFILES_ACTIVE")).split("\\s*,\\s*"));
        assertThat(profiles).contains("postgres").doesNotContain("embedded");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void sidesGetTheJwtSettingsFromTheCallersEnvironment(Side side) {
        Map<String, String> env = compose.environment(side.module());
        for (String property : List.of("issuer", "audience", "jwk-set-uri", "public-key-location")) {
            String variable = environmentVariable("visit-ledger.security.jwt." + property);
            assertThat(env).as("%s passed through", variable).containsKey(variable);
            assertThat(env.get(variable)).as("%s takes the caller's value, with no default", variable).isNull();
        }
    }

    /** Spring Boot's binding from the environment: dots become underscores, dashes go, upper case. */
    private static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase();
    }

    @Test
    void servicesStartInTheOrderTheDatabaseNeeds() {
        // The command side migrates the schema (Flyway), so the query side waits until it is healthy.
        assertThat(compose.dependsOn(Side.COMMAND.module())).containsExactlyEntriesOf(Map.of(POSTGRES, "service_healthy"));
        assertThat(compose.dependsOn(Side.QUERY.module()))
                .containsEntry(POSTGRES, "service_healthy")
                .containsEntry(Side.COMMAND.module(), "service_healthy")
                .hasSize(2);
        assertThat(compose.dependsOn("query-proxy")).containsKey(Side.QUERY.module());
    }

    @Test
    void everyServiceWaitedForAsHealthyHasAHealthcheck() {
        for (String service : compose.services().keySet()) {
            compose.dependsOn(service).forEach((dependency, condition) -> {
                if (condition.equals("service_healthy")) {
                    assertThat(hasHealthcheck(dependency)).as("%s waits for %s to be healthy", service, dependency).isTrue();
                }
            });
        }
    }

    /** In the compose file, or in the image's Dockerfile (compose uses the image's HEALTHCHECK). */
    private boolean hasHealthcheck(String service) {
        if (compose.service(service).containsKey("healthcheck")) {
            return true;
        }
        Object build = compose.service(service).get("build");
        if (build == null) {
            return false;
        }
        Path dockerfile = buildContext(service).resolve(String.valueOf(ComposeFile.map(build).get("dockerfile")));
        return Dockerfile.parse(Repository.read(dockerfile.toString())).finalStage().last("HEALTHCHECK").isPresent();
    }

    @Test
    void everyBuildHasTheRepositoryAsContextAndAnExistingDockerfile() {
        for (String service : compose.services().keySet()) {
            Object build = compose.service(service).get("build");
            if (build == null) {
                continue;
            }
            assertThat(buildContext(service)).as("build context of %s", service).isEqualTo(Repository.root());
            Path dockerfile = buildContext(service).resolve(String.valueOf(ComposeFile.map(build).get("dockerfile")));
            assertThat(dockerfile).as("dockerfile of %s", service).isRegularFile();
        }
        assertThat(compose.service(Side.COMMAND.module())).containsKey("build");
        assertThat(compose.service(Side.QUERY.module())).containsKey("build");
    }

    /** Compose resolves a relative context against the compose file's directory. */
    private Path buildContext(String service) {
        String context = String.valueOf(ComposeFile.map(compose.service(service).get("build")).get("context"));
        return Repository.path(ComposeFile.LOCATION).getParent().resolve(context).normalize();
    }

    @Test
    void axonServerStartsOnlyUnderItsProfile() {
        Map<String, Object> axonServer = compose.service(AXON_SERVER);
        assertThat(String.valueOf(axonServer.get("image"))).startsWith("axoniq/axonserver:");
        assertThat(String.valueOf(axonServer.get("profiles"))).isEqualTo("[axon-server]");
        for (String service : compose.services().keySet()) {
            if (!service.equals(AXON_SERVER)) {
                assertThat(compose.service(service)).as("%s starts by default", service).doesNotContainKey("profiles");
            }
        }
    }

    @Test
    void everyDockerfileInDockerIsUsedByTheComposeFile() throws Exception {
        List<String> used = compose.services().keySet().stream()
                .filter(service -> compose.service(service).containsKey("build"))
                .map(service -> buildContext(service).resolve(String.valueOf(
                        ComposeFile.map(compose.service(service).get("build")).get("dockerfile"))).normalize().toString())
                .toList();
        try (var files = Files.list(Repository.path("docker"))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".Dockerfile")).map(Path::toString))
                    .allMatch(used::contains);
        }
    }
}
