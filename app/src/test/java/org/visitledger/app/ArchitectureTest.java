package org.visitledger.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.spring.stereotype.Saga;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.visitledger.events.VisitEvent;
import org.visitledger.problems.Problems;
import org.visitledger.query.consistency.VisitVersionTracker;
import org.visitledger.query.readmodel.ReadModelProjection;
import org.visitledger.security.ProviderAuthority;
import org.visitledger.security.ProviderScope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module and package boundaries of docs/architecture.md, checked on the production classes of all modules
 * (the app's test classpath holds the command-side, query-side and shared-events jars).
 */
class ArchitectureTest {

    private static final String EVENTS = "org.visitledger.events..";
    private static final String COMMAND_SIDE = "org.visitledger.command..";
    private static final String QUERY_SIDE = "org.visitledger.query..";
    private static final String APP = "org.visitledger.app..";
    private static final String PLATFORM_SECURITY = "org.visitledger.security..";
    private static final String PLATFORM_PERSISTENCE = "org.visitledger.persistence..";

    private static final int MAX_LINES = 300;
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Other modules' test jars (shared-events' test helpers) are test code too.
                .withImportOption(location -> !location.matches(TEST_JAR))
                .importPackages("org.visitledger");
    }

    @Test
    void command_side_never_depends_on_query_side() {
        noClasses().that().resideInAPackage(COMMAND_SIDE)
                .should().dependOnClassesThat().resideInAPackage(QUERY_SIDE)
                .because("the sides share only the event store and can be deployed apart")
                .check(classes);
    }

    @Test
    void query_side_never_depends_on_command_side() {
        noClasses().that().resideInAPackage(QUERY_SIDE)
                .should().dependOnClassesThat().resideInAPackage(COMMAND_SIDE)
                .because("the sides share only the event store and can be deployed apart")
                .check(classes);
    }

    @Test
    void neither_side_depends_on_the_app_assembly() {
        noClasses().that().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE, EVENTS)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("command-side and query-side are each runnable alone; app only assembles them")
                .check(classes);
    }

    @Test
    void the_platform_module_knows_neither_side() {
        noClasses().that().resideInAnyPackage(PLATFORM_SECURITY, PLATFORM_PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(COMMAND_SIDE, QUERY_SIDE, APP)
                .because("each side runs alone with the platform module; a side brings its own AccessRules")
                .check(classes);
    }

    @Test
    void shared_events_depend_only_on_java_and_axon_revision() {
        classes().that().resideInAPackage(EVENTS)
                .should().onlyDependOnClassesThat(resideInAnyPackage("java..", EVENTS)
                        .or(equivalentTo(Revision.class)))
                .because("shared-events is the published language: java.* and Axon's @Revision only")
                .check(classes);
    }

    @Test
    void every_visit_event_is_a_record_with_a_revision_in_shared_events() {
        classes().that().implement(VisitEvent.class)
                .should().beRecords()
                .andShould().beAnnotatedWith(Revision.class)
                .andShould().resideInAPackage("org.visitledger.events")
                .because("events are immutable facts whose stored form changes only through a new revision")
                .check(classes);
    }

    @Test
    void app_declares_no_aggregates_or_sagas() {
        noClasses().that().resideInAPackage(APP)
                .should().beAnnotatedWith(Aggregate.class)
                .orShould().beAnnotatedWith(Saga.class)
                .because("app is configuration and wiring only, no domain code")
                .check(classes);
    }

    @Test
    void app_declares_no_message_handlers() {
        noCodeUnits().that().areDeclaredInClassesThat().resideInAPackage(APP)
                .should().beMetaAnnotatedWith(MessageHandler.class)
                .because("app is configuration and wiring only: command, event, query and deadline handlers "
                        + "belong to command-side or query-side")
                .check(classes);
    }

    @Test
    void event_sourcing_handlers_only_assign_state() {
        methods().that().areAnnotatedWith(EventSourcingHandler.class)
                .should(onlyAssignState())
                .because("replaying a visit's events must rebuild its state without deciding anything again "
                        + "(docs/architecture.md: event-sourcing handlers only assign state)")
                .check(classes);
    }

    @Test
    void command_and_query_handler_methods_are_named_handle() {
        methods().that().areAnnotatedWith(CommandHandler.class).or().areAnnotatedWith(QueryHandler.class)
                .should().haveName("handle")
                .because("house style: handle(...) for command and query handlers")
                .check(classes);
    }

    @Test
    void event_and_event_sourcing_handler_methods_are_named_on() {
        methods().that().areAnnotatedWith(EventHandler.class).or().areAnnotatedWith(EventSourcingHandler.class)
                .or().areAnnotatedWith(SagaEventHandler.class)
                .should().haveName("on")
                .because("house style: on(...) for event and event-sourcing handlers")
                .check(classes);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("org.visitledger.(*).(*)..")
                .should().beFreeOfCycles()
                .because("packages are by feature; a newcomer should be able to read one without the others")
                .check(classes);
    }

    @Test
    void no_main_source_file_is_longer_than_300_lines() throws IOException {
        Path root = repositoryRoot();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(root)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> root.relativize(file).toString().contains("src/main/java"))
                    .filter(file -> lineCount(file) > MAX_LINES)
                    .map(file -> root.relativize(file) + " (" + lineCount(file) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("house style: a class fits on a screen or two; split it by responsibility")
                .isEmpty();
    }

    @Test
    void the_provider_scope_is_checked_in_one_place() {
        noClasses().that().doNotBelongToAnyOf(ProviderScope.class)
                .should().callMethod(ProviderAuthority.class, "urnOf", Authentication.class)
                .because("rule ACCESS-PROVIDER-SCOPE has one home for both sides: platform's ProviderScope")
                .check(classes);
    }

    @Test
    void problem_details_are_made_in_one_place() {
        noClasses().that().doNotBelongToAnyOf(Problems.class)
                .should().callMethodWhere(DescribedPredicate.describe("ProblemDetail.forStatus...",
                        call -> call.getTargetOwner().isEquivalentTo(ProblemDetail.class)
                                && call.getName().startsWith("forStatus")))
                .because("every problem+json answer gets its type, title and layout from platform's Problems")
                .check(classes);
    }

    @Test
    void every_event_handler_of_the_query_side_is_a_read_models_home() {
        classes().that().resideInAPackage(QUERY_SIDE).and(DescribedPredicate.describe("have event handlers",
                        (JavaClass type) -> type.getMethods().stream()
                                .anyMatch(method -> method.isAnnotatedWith(EventHandler.class))))
                .should().implement(ReadModelProjection.class)
                .orShould().beAssignableTo(VisitVersionTracker.class)
                .because("a read model declares its name, tables and processor in its projection, where replay, "
                        + "monitoring and segment sharing find it; no read model lives outside that home")
                .check(classes);
    }

    /** The directory holding the parent pom and docs/: the app module's parent when the build runs the test. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        return Objects.requireNonNull(dir, "no directory with pom.xml and docs/ above the working directory");
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Follows the handler's calls and method references through the project's own code (so delegating to a
     * helper such as {@code deadlines.on(event)} is followed) and fails on reaching anything that decides or
     * sends: applying events, creating or deleting aggregates, deadlines, command, event or query dispatch.
     * Calls through an interface are not followed into its implementations.
     */
    private static ArchCondition<JavaMethod> onlyAssignState() {
        Set<String> lifecycleDecisions = Set.of("apply", "createNew", "markDeleted");
        List<Class<?>> dispatchers = List.of(DeadlineManager.class, CommandGateway.class, CommandBus.class,
                EventGateway.class, EventBus.class, QueryGateway.class);
        return new ArchCondition<>("only assign state (never apply events, schedule deadlines or dispatch "
                + "messages, directly or through the project's own helpers)") {
            @Override
            public void check(JavaMethod handler, ConditionEvents events) {
                Deque<JavaCodeUnit> toVisit = new ArrayDeque<>(List.of(handler));
                Set<JavaCodeUnit> visited = new HashSet<>();
                while (!toVisit.isEmpty()) {
                    JavaCodeUnit unit = toVisit.pop();
                    if (!visited.add(unit)) {
                        continue;
                    }
                    List<JavaCodeUnitAccess<?>> accesses = new ArrayList<>(unit.getCallsFromSelf());
                    accesses.addAll(unit.getMethodReferencesFromSelf());
                    for (JavaCodeUnitAccess<?> access : accesses) {
                        JavaClass owner = access.getTargetOwner();
                        boolean decides = owner.isEquivalentTo(AggregateLifecycle.class)
                                && lifecycleDecisions.contains(access.getName())
                                || dispatchers.stream().anyMatch(owner::isAssignableTo);
                        if (decides) {
                            events.add(SimpleConditionEvent.violated(handler, handler.getFullName()
                                    + " reaches " + access.getDescription()));
                        } else if (owner.getPackageName().startsWith("org.visitledger.")) {
                            access.getTarget().resolveMember().ifPresent(toVisit::push);
                        }
                    }
                }
            }
        };
    }
}
