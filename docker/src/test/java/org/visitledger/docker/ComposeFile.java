package org.visitledger.docker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** docker/compose.yml as plain maps and lists, with the few lookups the tests share. */
final class ComposeFile {

    static final String LOCATION = "docker/compose.yml";

    /** ${NAME}, ${NAME:-default} or ${NAME-default}: Compose's interpolation, which the tests resolve to the default. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?}");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile load() {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Repository.read(LOCATION));
        return new ComposeFile(document);
    }

    Map<String, Object> document() {
        return document;
    }

    Map<String, Object> services() {
        return map(document.get("services"));
    }

    Map<String, Object> service(String name) {
        Object service = services().get(name);
        if (service == null) {
            throw new AssertionError(LOCATION + " has no service " + name);
        }
        return map(service);
    }

    /** environment in either form (list of NAME=value / bare NAME, or a map); a bare name maps to null (passed through). */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                variables.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        } else if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> variables.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
        }
        return variables;
    }

    Optional<Integer> replicas(String service) {
        Object deploy = service(service).get("deploy");
        if (deploy == null) {
            return Optional.empty();
        }
        Object replicas = map(deploy).get("replicas");
        return replicas == null ? Optional.empty() : Optional.of(Integer.valueOf(String.valueOf(replicas)));
    }

    /** depends_on in long form: dependency → condition (the short list form means service_started). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else if (dependsOn instanceof Map<?, ?> entries) {
            entries.forEach((name, spec) -> conditions.put(String.valueOf(name),
                    String.valueOf(map(spec).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    List<String> ports(String service) {
        Object ports = service(service).get("ports");
        return ports == null ? List.of() : ((List<?>) ports).stream().map(String::valueOf).toList();
    }

    /** The value Compose gives a string when the caller sets none of its variables ($$ is a literal $). */
    static String withDefaults(String value) {
        Matcher variable = VARIABLE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String fallback = variable.group(2) == null ? "" : variable.group(2);
            variable.appendReplacement(resolved, Matcher.quoteReplacement(fallback));
        }
        variable.appendTail(resolved);
        return resolved.toString().replace("$$", "$");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }
}
