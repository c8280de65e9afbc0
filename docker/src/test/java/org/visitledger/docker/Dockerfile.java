package org.visitledger.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * A Dockerfile split into stages and instructions, the way the builder reads it: comment lines dropped,
 * backslash continuations joined, each FROM opening a stage. Enough for static checks, not a full parser
 * (no escape directive, no heredocs: these Dockerfiles use neither).
 */
final class Dockerfile {

    record Instruction(String keyword, String arguments) {
    }

    record Stage(String baseImage, String name, List<Instruction> instructions) {

        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        Optional<String> last(String keyword) {
            List<String> all = arguments(keyword);
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
    }

    /** A COPY: its --from stage (if any), its sources and its destination. */
    record Copy(Optional<String> from, List<String> sources, String destination) {
    }

    private static final Pattern FROM = Pattern.compile("(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?",
            Pattern.CASE_INSENSITIVE);

    private final List<Stage> stages;

    private Dockerfile(List<Stage> stages) {
        this.stages = stages;
    }

    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            add(stages, pending.toString().strip());
            pending.setLength(0);
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException("Dockerfile ends inside a continued line: " + pending);
        }
        return new Dockerfile(stages);
    }

    private static void add(List<Stage> stages, String instruction) {
        if (instruction.isEmpty()) {
            return;
        }
        String[] parts = instruction.split("\\s+", 2);
        String keyword = parts[0].toUpperCase();
        String arguments = parts.length > 1 ? parts[1].strip() : "";
        if (keyword.equals("FROM")) {
            Matcher from = FROM.matcher(arguments);
            if (!from.matches()) {
                throw new IllegalArgumentException("unreadable FROM " + arguments);
            }
            stages.add(new Stage(from.group(1), from.group(2), new ArrayList<>()));
        } else if (stages.isEmpty()) {
            if (!keyword.equals("ARG")) {
                throw new IllegalArgumentException(keyword + " before the first FROM");
            }
        } else {
            stages.get(stages.size() - 1).instructions().add(new Instruction(keyword, arguments));
        }
    }

    List<Stage> stages() {
        return stages;
    }

    /** The stage the image is made of. */
    Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    Optional<Stage> stage(String name) {
        return stages.stream().filter(s -> name.equalsIgnoreCase(s.name())).findFirst();
    }

    /** ENTRYPOINT or CMD in exec form is a JSON array, which is also a YAML flow sequence. */
    static List<String> execForm(String arguments) {
        if (!arguments.startsWith("[")) {
            throw new IllegalArgumentException("not in exec form: " + arguments);
        }
        List<?> items = new Yaml().load(arguments);
        return items.stream().map(String::valueOf).toList();
    }

    static Copy copy(String arguments) {
        List<String> words = new ArrayList<>(List.of(arguments.split("\\s+")));
        Optional<String> from = Optional.empty();
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
            String flag = words.remove(0);
            if (flag.startsWith("--from=")) {
                from = Optional.of(flag.substring("--from=".length()));
            }
        }
        if (words.size() < 2) {
            throw new IllegalArgumentException("COPY needs a source and a destination: " + arguments);
        }
        return new Copy(from, List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1));
    }
}
