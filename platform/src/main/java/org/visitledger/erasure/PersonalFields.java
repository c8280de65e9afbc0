package org.visitledger.erasure;

import org.visitledger.events.ConcernRaised;
import org.visitledger.events.DutyDeskConsulted;
import org.visitledger.events.InspectionNoticeGiven;

import java.util.List;
import java.util.Map;

/**
 * The fields of events that hold personal data, stored encrypted (rule ERASURE-PERSONAL-FIELDS; docs/integrity.md
 * says why each): what an inspector writes of a concern about a child's safety, what was said to the duty desk, and
 * why an LA inspection gave no notice. Each may name a child, a whistle-blower or a member of staff.
 */
public final class PersonalFields {

    /** What an erased field reads as, everywhere. */
    public static final String ERASED = "[erased]";
    /** What a personal field whose ciphertext (or key) was altered in the database reads as. */
    public static final String UNREADABLE = "[unreadable]";

    private static final Map<String, List<String>> BY_TYPE = Map.of(
            ConcernRaised.class.getName(), List.of("details"),
            DutyDeskConsulted.class.getName(), List.of("summary"),
            InspectionNoticeGiven.class.getName(), List.of("noNoticeDetails"));

    private PersonalFields() {
    }

    /** The personal fields of the event type of this name (empty if none). */
    public static List<String> of(String payloadType) {
        return BY_TYPE.getOrDefault(payloadType, List.of());
    }

    public static Map<String, List<String>> all() {
        return BY_TYPE;
    }
}
