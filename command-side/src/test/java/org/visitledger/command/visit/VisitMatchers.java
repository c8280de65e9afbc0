package org.visitledger.command.visit;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.List;
import java.util.function.Predicate;

/** Hamcrest matchers for refused commands and for recorded events, for the Visit fixture tests. */
final class VisitMatchers {

    private VisitMatchers() {
    }

    /** The command was refused (HTTP 409) for this named reason. */
    static Matcher<Throwable> refusedBecause(Refusal refusal) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item, Description mismatch) {
                if (!(item instanceof CommandRefusedException refused)) {
                    mismatch.appendText("was ").appendValue(item);
                    return false;
                }
                if (refused.refusal() != refusal) {
                    mismatch.appendText("was refused with ").appendValue(refused.refusal())
                            .appendText(": ").appendText(refused.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CommandRefusedException with refusal ").appendValue(refusal);
            }
        };
    }

    /** The command's input broke a rule on this field (HTTP 400). */
    static Matcher<Throwable> invalid(String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item, Description mismatch) {
                if (!(item instanceof InvalidCommandException invalid)) {
                    mismatch.appendText("was ").appendValue(item);
                    return false;
                }
                if (!field.equals(invalid.field())) {
                    mismatch.appendText("was invalid on ").appendValue(invalid.field())
                            .appendText(": ").appendText(invalid.getMessage());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidCommandException on field ").appendValue(field);
            }
        };
    }

    /** The recorded events include, among others, a payload of this type satisfying the predicate. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static <E> Matcher<List<EventMessage<?>>> anEvent(Class<E> type, String description, Predicate<E> predicate) {
        return (Matcher) new TypeSafeDiagnosingMatcher<List<EventMessage<?>>>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events, Description mismatch) {
                boolean found = events.stream().map(EventMessage::getPayload)
                        .anyMatch(payload -> type.isInstance(payload) && predicate.test(type.cast(payload)));
                if (!found) {
                    mismatch.appendText("the events were ")
                            .appendValueList("[", ", ", "]", events.stream().map(EventMessage::getPayload).toList());
                }
                return found;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("events including a " + type.getSimpleName() + " " + description);
            }
        };
    }

    /** The recorded events are exactly of these types, in this order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Matcher<List<EventMessage<?>>> eventTypes(Class<?>... types) {
        List<Class<?>> expected = List.of(types);
        return (Matcher) new TypeSafeDiagnosingMatcher<List<EventMessage<?>>>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events, Description mismatch) {
                List<Class<?>> actual = events.stream().<Class<?>>map(EventMessage::getPayloadType).toList();
                if (!actual.equals(expected)) {
                    mismatch.appendText("the event types were ").appendValueList("[", ", ", "]",
                            actual.stream().map(Class::getSimpleName).toList());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("events of types ").appendValueList("[", ", ", "]",
                        expected.stream().map(Class::getSimpleName).toList());
            }
        };
    }
}
