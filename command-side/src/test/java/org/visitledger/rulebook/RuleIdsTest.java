package org.visitledger.rulebook;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule ids are the repository's vocabulary for its rules: docs/rules.md defines each one, and rulebooks
 * ({@code ruleId}) and code comments ("(rule ANNEX-A-DUE)") cite them. A citation of an id that docs/rules.md does
 * not define (a typo, a renamed or invented id) fails here, so that every citation can be looked up.
 */
class RuleIdsTest {

    private static final String ID = "[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+";
    /** A definition: a table row of docs/rules.md whose first cell is one id in backticks. */
    private static final Pattern DEFINITION = Pattern.compile("^\\|\\s*`(" + ID + ")`\\s*\\|");
    /** A cited id, or a family of ids ending in {@code -*} (e.g. ACCESS-*). */
    private static final String CITED_ID = "`?[A-Z][A-Z0-9]*(?:-(?:[A-Z0-9]+|\\*))+`?";
    /** What may stand between words of a comment, including a line break into a Javadoc or // continuation. */
    private static final String GAP = "(?:\\s|\\*(?!/)|//)+";
    /** "rule X", "Rule X", "rules X, Y and Z", also across a comment's line break. */
    private static final Pattern CITATION = Pattern.compile("\\b[Rr]ules?" + GAP + "(" + CITED_ID
            + "(?:(?:\\s|\\*(?!/)|//)*(?:,|\\band\\b|\\bor\\b)" + GAP + CITED_ID + ")*)");
    private static final Pattern CITED = Pattern.compile(CITED_ID);

    private static final Path ROOT = repositoryRoot();
    private static final Set<String> DEFINED = definedIds();

    @Test
    void docs_rules_md_defines_the_rule_ids() {
        assertThat(DEFINED).as("ids defined in %s", ROOT.resolve("docs/rules.md"))
                .hasSizeGreaterThan(50)
                .contains("ANNEX-A-DUE", "REPORT-QA-DUE", "NOTIFY-CONVERSION-CALL", "OCCURRED-AT", "AUDIT-HISTORY");
    }

    @Test
    void every_rulebook_entry_with_a_rule_text_names_its_rule_id() {
        List<String> missing = new ArrayList<>();
        for (String file : Rulebooks.shippedFiles()) {
            walk(readRulebook(file), file, (path, node) -> {
                if (node.has("rule") && !node.path("ruleId").isString()) {
                    missing.add(path);
                }
            });
        }
        assertThat(missing).as("rulebook entries with a \"rule\" text but no \"ruleId\"").isEmpty();
    }

    @Test
    void every_rule_id_a_rulebook_cites_is_defined_in_docs_rules_md() {
        Set<String> cited = new TreeSet<>();
        List<String> undefined = new ArrayList<>();
        for (String file : Rulebooks.shippedFiles()) {
            walk(readRulebook(file), file, (path, node) -> {
                if (node.has("ruleId")) {
                    String id = node.get("ruleId").asString();
                    cited.add(id);
                    if (!DEFINED.contains(id)) {
                        undefined.add(path + ".ruleId: " + id);
                    }
                }
            });
        }
        assertThat(cited).as("rule ids the rulebooks cite").isNotEmpty();
        assertThat(undefined).as("rulebook rule ids not defined in docs/rules.md").isEmpty();
    }

    @Test
    void every_rule_id_cited_in_main_code_comments_is_defined_in_docs_rules_md() throws IOException {
        List<Path> sources = mainJavaSources();
        assertThat(sources).as("Java sources under */src/main/java of %s", ROOT).isNotEmpty();
        Set<String> cited = new TreeSet<>();
        List<String> undefined = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher citation = CITATION.matcher(text);
            while (citation.find()) {
                Matcher ids = CITED.matcher(citation.group(1));
                while (ids.find()) {
                    String id = ids.group().replace("`", "");
                    cited.add(id);
                    if (!isDefined(id)) {
                        undefined.add(ROOT.relativize(source) + ":" + lineOf(text, citation.start()) + ": " + id);
                    }
                }
            }
        }
        assertThat(cited).as("rule ids cited in main code").isNotEmpty();
        assertThat(undefined).as("rule ids cited in main code but not defined in docs/rules.md").isEmpty();
    }

    /** The index at the end of docs/rules.md names every rule defined above it, so that each rule has its code. */
    @Test
    void every_defined_rule_id_is_in_the_index_of_docs_rules_md() throws IOException {
        Set<String> indexed = new TreeSet<>();
        boolean inIndex = false;
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"))) {
            if (line.startsWith("## ")) {
                inIndex = line.startsWith("## Index");
            }
            if (inIndex && line.startsWith("| `")) {
                Matcher ids = Pattern.compile("`(" + ID + ")`").matcher(line.split("\\|")[1]);
                while (ids.find()) {
                    indexed.add(ids.group(1));
                }
            }
        }
        assertThat(DEFINED).as("rule ids defined in docs/rules.md but missing from its index")
                .allMatch(indexed::contains);
    }

    /** An id, or a family {@code PREFIX-*} of which at least one id is defined. */
    private static boolean isDefined(String id) {
        if (id.endsWith("-*")) {
            String prefix = id.substring(0, id.length() - 1);
            return DEFINED.stream().anyMatch(defined -> defined.startsWith(prefix));
        }
        return DEFINED.contains(id);
    }

    /** The ids of the rule tables; the index at the end only lists them again and defines none. */
    private static Set<String> definedIds() {
        Set<String> ids = new LinkedHashSet<>();
        boolean inIndex = false;
        try {
            for (String line : Files.readAllLines(ROOT.resolve("docs/rules.md"))) {
                if (line.startsWith("## ")) {
                    inIndex = line.startsWith("## Index");
                }
                Matcher definition = DEFINITION.matcher(line);
                if (!inIndex && definition.find()) {
                    ids.add(definition.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /**
     * The directory holding docs/rules.md and the parent pom. Tests run in the module directory (command-side/), but
     * a run from elsewhere still finds it by walking up.
     */
    private static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/rules.md")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory with docs/rules.md and pom.xml at or above " + start);
    }

    private static List<Path> mainJavaSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        String path = ROOT.relativize(file).toString().replace('\\', '/');
                        return path.contains("/src/main/java/") && !path.contains("/target/")
                                && !path.startsWith(".");
                    })
                    .sorted()
                    .toList();
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static JsonNode readRulebook(String file) {
        try (InputStream in = resource("/rulebooks/" + file)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RuleIdsTest.class.getResourceAsStream(name);
        assertThat(in).as("classpath resource %s", name).isNotNull();
        return in;
    }

    private interface Visitor {
        void visit(String path, JsonNode node);
    }

    /** Every object in the tree, with a path such as {@code RSS_ASSURANCE-2.json/deadlines[6]}. */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                walk(property.getValue(), path + "/" + property.getKey(), visitor);
            }
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode element : node.values()) {
                walk(element, path + "[" + i++ + "]", visitor);
            }
        }
    }
}
