package org.visitledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice an LA inspection gives the council: fieldwork starts on {@code fieldworkStartsOn}, after
 * {@code noticeWorkingDays} working days of notice (0: none, with the {@code noNoticeReason} and its details).
 */
@Revision("1")
public record InspectionNoticeGiven(String visitId, LocalDate fieldworkStartsOn, int noticeWorkingDays,
                                    NoNoticeReason noNoticeReason, String noNoticeDetails, String rule,
                                    Instant occurredAt) implements VisitEvent {
}
