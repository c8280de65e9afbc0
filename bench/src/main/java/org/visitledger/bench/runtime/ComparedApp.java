package org.visitledger.bench.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One app of a comparison: a name for the tables, the jar and the JVM options it runs with. Given on the command
 * line as {@code NAME=JAR [JVM options…]}, e.g. {@code "new-256m=app/target/visit-ledger-app.jar -Xmx256m"}.
 */
record ComparedApp(String name, Path jar, List<String> jvmOptions) {

    static ComparedApp parse(String option) {
        int equals = option.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("--app wants NAME=JAR [JVM options], got " + option);
        }
        List<String> words = Arrays.asList(option.substring(equals + 1).trim().split("\\s+"));
        Path jar = Path.of(words.get(0)).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar at " + jar);
        }
        return new ComparedApp(option.substring(0, equals), jar, List.copyOf(words.subList(1, words.size())));
    }
}
