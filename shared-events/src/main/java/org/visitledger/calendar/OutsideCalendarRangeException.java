package org.visitledger.calendar;

import java.time.LocalDate;

/** A date the bank-holiday data does not cover: refusing is safer than guessing a deadline. */
public class OutsideCalendarRangeException extends RuntimeException {
    public OutsideCalendarRangeException(LocalDate date, LocalDate first, LocalDate last) {
        super("Date " + date + " is outside the working-day calendar (" + first + " to " + last
                + "); its bank holidays are not known");
    }
}
