package org.visitledger.app;

import org.visitledger.calendar.WorkingDayCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** Test-data builders for command bodies (docs/api.md, "Commands"). */
public final class VisitRequests {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private VisitRequests() {
    }

    /**
     * A fixed morning in the past (Monday 2026-11-16, GMT) for tests whose expectations must not depend on the time
     * of day they run: Annex A (due 13:00 SCH, 14:00 RSS that day) is always recorded missed at once when a visit is
     * announced then, and an Annex A returned at {@link #PAST_NOON} meets it on time.
     */
    public static final Instant PAST_MORNING = Instant.parse("2026-11-16T09:00:00Z");
    public static final Instant PAST_NOON = Instant.parse("2026-11-16T12:00:00Z");

    public static String announce(String visitType) {
        return announce(visitType, null);
    }

    /**
     * When a test that does not care when its visit was announced announces it: now on a working day; on a weekend
     * or bank holiday, when a visit cannot be announced (rule VISIT-ANNOUNCED-ON-WORKING-DAY), 16:00 London on the
     * last working day. That is after both Annex A cut-offs, so Annex A falls due on the next working day, still
     * ahead, as it does for a visit announced now in the afternoon (rule ANNEX-A-AFTER-CUTOFF).
     */
    public static Instant announcedNowOrLastWorkingDay() {
        return lastWorkingDayIfNotToday().orElseGet(Instant::now);
    }

    /** Empty on a working day; otherwise 16:00 London on the last working day. */
    private static Optional<Instant> lastWorkingDayIfNotToday() {
        LocalDate today = CALENDAR.dayOf(Instant.now());
        return CALENDAR.isWorkingDay(today) ? Optional.empty()
                : Optional.of(CALENDAR.at(CALENDAR.workingDayBefore(today), LocalTime.of(16, 0)));
    }

    /**
     * An announcement at {@code occurredAt}; null means now on a working day (no occurredAt, so that the same call
     * gives the same body, as the idempotency tests need) and {@link #announcedNowOrLastWorkingDay()} otherwise.
     */
    public static String announce(String visitType, Instant occurredAt) {
        Instant at = occurredAt != null ? occurredAt : lastWorkingDayIfNotToday().orElse(null);
        return """
                {"visitType": "%s",
                 "provider": {"urn": "SC000001", "name": "Oakfield Secure Home", "localAuthority": "Kent", "region": "South East"},
                 "leadInspector": "Jo Smith", "teamInspectors": ["Sam Lee"], "placingAuthorities": ["Kent", "Medway"]%s}
                """.formatted(visitType, at == null ? "" : ", \"occurredAt\": \"" + at + "\"");
    }

    public static String at(Instant occurredAt) {
        return "{\"occurredAt\": \"" + occurredAt + "\"}";
    }

    public static String feedback(boolean serious) {
        return "{\"seriousOrWidespreadConcerns\": " + serious + ", \"summary\": \"Children are well cared for.\"}";
    }

    public static String informationRequest(Instant dueAt) {
        return "{\"items\": [\"Physical restraint records\"], \"dueAt\": \"" + dueAt + "\"}";
    }
}
