package org.visitledger.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each side's image runs the jar its module builds, on its port, as a non-root user, on the project's Java. */
class DockerfileTest {

    private static final Pattern TEMURIN = Pattern.compile("eclipse-temurin:(\\d+)-(jdk|jre)(-.*)?");
    private static final Pattern JAR_ARGUMENT = Pattern.compile("-jar\\s+(\\S+)");
    private static final Pattern HEALTH_URL = Pattern.compile("localhost:(?:\\$\\{SERVER_PORT:-)?(\\d+)}?/actuator/health");

    @ParameterizedTest
    @EnumSource(Side.class)
    void buildsTheModuleAndCopiesTheJarThatPackageProduces(Side side) {
        Dockerfile dockerfile = side.dockerfile();
        Dockerfile.Stage runtime = dockerfile.finalStage();
        List<Dockerfile.Copy> jarCopies = runtime.arguments("COPY").stream().map(Dockerfile::copy)
                .filter(copy -> copy.from().isPresent()).toList();
        assertThat(jarCopies).as("one COPY --from=<build stage> in the runtime stage").hasSize(1);
        Dockerfile.Copy jarCopy = jarCopies.get(0);

        Dockerfile.Stage build = dockerfile.stage(jarCopy.from().get()).orElseThrow(
                () -> new AssertionError("COPY --from=" + jarCopy.from().get() + " names no stage"));
        String workdir = build.last("WORKDIR").orElseThrow(() -> new AssertionError("build stage without WORKDIR"));
        assertThat(jarCopy.sources()).containsExactly(workdir + "/" + side.module() + "/target/" + side.runnableJar());
        assertThat(build.arguments("RUN")).anySatisfy(run -> assertThat(run)
                .contains("./mvnw").contains(" package").containsPattern("-pl\\s+" + Pattern.quote(side.module()) + "(\\s|$)"));
        assertThat(jarCopy.destination()).endsWith("/" + side.runnableJar());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void entrypointRunsTheCopiedJarWithJavaOpts(Side side) {
        Dockerfile.Stage runtime = side.dockerfile().finalStage();
        String copiedTo = runtime.arguments("COPY").stream().map(Dockerfile::copy)
                .filter(copy -> copy.from().isPresent()).findFirst().orElseThrow().destination();
        List<String> entrypoint = Dockerfile.execForm(runtime.last("ENTRYPOINT")
                .orElseThrow(() -> new AssertionError(side.dockerfileLocation() + " has no ENTRYPOINT")));
        String command = String.join(" ", entrypoint);

        Matcher jar = JAR_ARGUMENT.matcher(command);
        assertThat(jar.find()).as("java -jar in %s", command).isTrue();
        assertThat(jar.group(1)).isEqualTo(copiedTo);
        // exec: the JVM replaces the shell as PID 1 and gets docker stop's SIGTERM (graceful shutdown).
        assertThat(command).contains("exec java").contains("$JAVA_OPTS");
        assertThat(runtime.arguments("CMD")).as("a CMD would be passed to the application as arguments").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void exposesTheSidesServerPortAndChecksHealthThere(Side side) {
        Dockerfile.Stage runtime = side.dockerfile().finalStage();
        assertThat(runtime.arguments("EXPOSE")).containsExactly(String.valueOf(side.serverPort()));

        String healthcheck = runtime.last("HEALTHCHECK")
                .orElseThrow(() -> new AssertionError(side.dockerfileLocation() + " has no HEALTHCHECK"));
        Matcher url = HEALTH_URL.matcher(healthcheck);
        assertThat(url.find()).as("an /actuator/health URL on localhost in %s", healthcheck).isTrue();
        assertThat(Integer.parseInt(url.group(1))).isEqualTo(side.serverPort());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void buildsAndRunsOnTheProjectsJavaVersion(Side side) {
        String javaVersion = Repository.rootPom().property("java.version")
                .orElseThrow(() -> new AssertionError("the root pom sets no java.version"));
        Dockerfile dockerfile = side.dockerfile();
        assertThat(dockerfile.stages()).as("a build stage and a runtime stage").hasSizeGreaterThanOrEqualTo(2);

        for (Dockerfile.Stage stage : dockerfile.stages()) {
            Matcher temurin = TEMURIN.matcher(stage.baseImage());
            assertThat(temurin.matches()).as("%s is an eclipse-temurin image", stage.baseImage()).isTrue();
            assertThat(temurin.group(1)).as("Java version of %s", stage.baseImage()).isEqualTo(javaVersion);
        }
        Matcher runtime = TEMURIN.matcher(dockerfile.finalStage().baseImage());
        assertThat(runtime.matches() && runtime.group(2).equals("jre")).as("the runtime stage needs a JRE only").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void runsAsAnUnprivilegedUser(Side side) {
        String user = side.dockerfile().finalStage().last("USER")
                .orElseThrow(() -> new AssertionError(side.dockerfileLocation() + " runs as root (no USER)"));
        assertThat(user.split(":")[0]).isNotIn("root", "0");
    }
}
