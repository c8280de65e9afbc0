package org.visitledger.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The root .dockerignore keeps build output, local databases and .git out of the build context, but nothing the
 * Maven build in the images needs: it reads every module's pom even when it builds one module.
 */
class DockerignoreTest {

    private final List<String> patterns = Repository.read(".dockerignore").lines().map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    @Test
    void leavesOutBuildOutputLocalDataAndGit() {
        assertThat(List.of("target/classes/x.class", "command-side/target/visit-ledger-command-side-exec.jar",
                "app/data/visit-ledger.mv.db", "data/visit-ledger.mv.db", ".git/HEAD"))
                .allMatch(this::ignored);
    }

    @Test
    void keepsTheWrapperAndEveryModule() {
        List<String> needed = new ArrayList<>(List.of("pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties"));
        for (String module : Repository.rootPom().modules()) {
            needed.add(module + "/pom.xml");
            needed.add(module + "/src/main/java/Some.java");
            needed.add(module + "/src/main/resources/db/migration/V1__x.sql");
            needed.add(module + "/src/test/resources/data/fixture.json");
        }
        assertThat(needed).noneMatch(this::ignored);
    }

    /**
     * Docker's rule, for the patterns used here: the last matching line wins (! re-includes), and a pattern that
     * matches a directory leaves out everything below it. Java's glob stands in for Go's filepath.Match; a
     * leading double-star segment also matches at the top, as in Docker.
     */
    private boolean ignored(String file) {
        boolean ignored = false;
        for (String line : patterns) {
            boolean include = line.startsWith("!");
            String pattern = stripSlashes(include ? line.substring(1) : line);
            if (matchesFileOrParent(pattern, file)) {
                ignored = !include;
            }
        }
        return ignored;
    }

    private static boolean matchesFileOrParent(String pattern, String file) {
        List<String> globs = pattern.startsWith("**/") ? List.of(pattern, pattern.substring(3)) : List.of(pattern);
        for (Path candidate = Path.of(file); candidate != null; candidate = candidate.getParent()) {
            for (String glob : globs) {
                if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripSlashes(String pattern) {
        String stripped = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
