package org.visitledger.events;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Approval tests of the stored form of every event: events are the published language and live in the event
 * store for ever, so their JSON may change only through a new {@code @Revision} and an upcaster
 * (docs/architecture.md, "Evolving events, rulebooks and schemas"). Each event type has a golden file {@code golden/<Event>.rev<revision>.json}
 * holding the pretty-printed payload of its sample from {@link SampleEvents}, as the production serializer
 * (Axon's {@code Jackson3Serializer}, no customizer) writes it. Files are compared as JSON trees, so only
 * whitespace and property order are free.
 * <p>
 * To record the golden file of a new event type or a new revision, run
 * {@code ./mvnw -pl shared-events test -Dgolden.update=true}: it writes golden files that do not exist yet
 * and never rewrites an existing one, because an existing file is a form already stored. Review the new file
 * before committing it. Keep the file of an older revision: it is the input of that revision's upcaster test.
 */
class StoredEventFormTest {

    /** Read from the source tree, not the classpath copy, so that an update writes what the next run reads. */
    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."), "src", "test", "resources",
            "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern GOLDEN_NAME = Pattern.compile("(\\w+)\\.rev([\\w.-]+)\\.json");
    /** Revisions are compared as numbers when they are numbers ("10" after "9"). */
    private static final Comparator<String> REVISION_ORDER =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<Arguments> samples() {
        return SampleEvents.all().stream().map(event -> arguments(named(event.getClass().getSimpleName(), event)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_event_keeps_its_stored_form(VisitEvent sample) throws IOException {
        Class<?> type = sample.getClass();
        SerializedObject<String> stored = serializer.serialize(sample, String.class);
        assertThat(stored.getType().getName()).isEqualTo(type.getName());
        if (UPDATE) {
            recordIfMissing(goldenFile(type, stored.getType().getRevision()), stored.getData());
        }

        Optional<String> newestGolden = goldenRevisions(type.getSimpleName()).reduce((older, newer) -> newer);
        assertThat(newestGolden)
                .as("golden file of %s in %s; record it with -Dgolden.update=true", type.getSimpleName(), GOLDEN)
                .isPresent();
        Path golden = goldenFile(type, newestGolden.get());
        assertThat(stored.getType().getRevision())
                .as("%s is stored as revision %s but its newest golden file is %s; a change of form needs a new "
                                + "@Revision with its own golden file, and the old file stays for the upcaster",
                        type.getSimpleName(), stored.getType().getRevision(), golden.getFileName())
                .isEqualTo(newestGolden.get());
        assertThat(json.readTree(stored.getData()))
                .as("stored form of %s against %s: do not edit a golden file to make this pass; give the event a "
                        + "new @Revision and an upcaster instead", type.getSimpleName(), golden.getFileName())
                .isEqualTo(json.readTree(Files.readString(golden)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_golden_file_reads_back_as_the_same_event(VisitEvent sample) throws IOException {
        Class<?> type = sample.getClass();
        String revision = revisionOf(type);
        Path golden = goldenFile(type, revision);
        assertThat(golden).as("golden file of %s revision %s", type.getSimpleName(), revision).exists();

        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(Files.readAllBytes(golden), byte[].class,
                type.getName(), revision);
        Object read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(sample);
    }

    @Test
    void every_visit_event_has_a_revision_a_sample_and_a_golden_file() throws IOException {
        List<Class<?>> eventTypes = eventTypes();
        Map<Class<?>, Long> samplesPerType = SampleEvents.all().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));

        assertThat(eventTypes).as("event types found in the compiled classes").contains(VisitAnnounced.class);
        SoftAssertions softly = new SoftAssertions();
        for (Class<?> type : eventTypes) {
            String name = type.getSimpleName();
            softly.assertThat(type.isRecord()).as("%s is a record", name).isTrue();
            softly.assertThat(type.getAnnotation(Revision.class)).as("%s has @Revision", name).isNotNull();
            softly.assertThat(samplesPerType.getOrDefault(type, 0L)).as("samples of %s in SampleEvents.all()", name)
                    .isEqualTo(1L);
            if (type.isAnnotationPresent(Revision.class)) {
                softly.assertThat(goldenFile(type, revisionOf(type)))
                        .as("golden file of %s; record it with -Dgolden.update=true", name).exists();
            }
        }
        softly.assertAll();
    }

    @Test
    void every_golden_file_belongs_to_an_event_type_that_still_exists() throws IOException {
        Map<String, Class<?>> eventTypes = eventTypes().stream()
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        SoftAssertions softly = new SoftAssertions();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                Matcher name = GOLDEN_NAME.matcher(file.getFileName().toString());
                softly.assertThat(name.matches()).as("%s is named <Event>.rev<revision>.json", file.getFileName())
                        .isTrue();
                if (name.matches()) {
                    Class<?> type = eventTypes.get(name.group(1));
                    softly.assertThat(type).as("event type of %s (stored events of a removed type can no longer "
                            + "be read)", file.getFileName()).isNotNull();
                    if (type != null && type.isAnnotationPresent(Revision.class)) {
                        softly.assertThat(REVISION_ORDER.compare(name.group(2), revisionOf(type)))
                                .as("revision of %s is at most %s's current revision %s", file.getFileName(),
                                        type.getSimpleName(), revisionOf(type))
                                .isLessThanOrEqualTo(0);
                    }
                }
            }
        }
        softly.assertAll();
    }

    /** The concrete VisitEvent types compiled from this module's org.visitledger.events package (and below). */
    private static List<Class<?>> eventTypes() throws IOException {
        Path root;
        try {
            root = Path.of(VisitEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        assertThat(root).as("compiled event classes are a directory, not a jar").isDirectory();
        Path events = root.resolve(VisitEvent.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(events)) {
            return files.map(root::relativize).map(Path::toString).filter(file -> file.endsWith(".class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(StoredEventFormTest::load)
                    .filter(type -> VisitEvent.class.isAssignableFrom(type) && !type.isInterface()
                            && !Modifier.isAbstract(type.getModifiers()))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, VisitEvent.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> goldenRevisions(String eventName) throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(file -> GOLDEN_NAME.matcher(file.getFileName().toString()))
                    .filter(name -> name.matches() && name.group(1).equals(eventName))
                    .map(name -> name.group(2))
                    .sorted(REVISION_ORDER)
                    .toList().stream();
        }
    }

    private static String revisionOf(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        assertThat(revision).as("@Revision on %s", type.getSimpleName()).isNotNull();
        return revision.value();
    }

    private static Path goldenFile(Class<?> type, String revision) {
        return GOLDEN.resolve(type.getSimpleName() + ".rev" + revision + ".json");
    }

    private void recordIfMissing(Path golden, String serialized) throws IOException {
        if (Files.notExists(golden)) {
            Files.createDirectories(golden.getParent());
            String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(serialized));
            Files.writeString(golden, pretty + "\n", StandardCharsets.UTF_8);
        }
    }
}
