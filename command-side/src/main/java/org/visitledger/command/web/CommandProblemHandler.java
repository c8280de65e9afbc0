package org.visitledger.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.visitledger.calendar.OutsideCalendarRangeException;
import org.visitledger.command.visit.CommandRefusedException;
import org.visitledger.command.visit.InvalidCommandException;
import org.visitledger.problems.Problems;

import java.util.List;
import java.util.Map;

/** Maps each domain refusal of a command to one HTTP status, as problem+json (docs/api.md, "Errors"). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblemHandler {

    /** Refusals are answers, not faults: one line at debug, no stack trace (issue 19, defect 8). */
    private static final Logger log = LoggerFactory.getLogger(CommandProblemHandler.class);

    @ExceptionHandler(CommandRefusedException.class)
    ProblemDetail refused(CommandRefusedException e) {
        log.debug("Command refused, {}: {}", e.refusal(), e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "command-refused",
                "Command not allowed in the visit's current state", e.getMessage());
        problem.setProperty("reason", e.refusal().name());
        return problem;
    }

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalid(InvalidCommandException e) {
        log.debug("Invalid command, {}: {}", e.field(), e.getMessage());
        return Problems.invalid(e.getMessage(), List.of(Problems.fieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(OutsideCalendarRangeException.class)
    ProblemDetail outsideCalendar(OutsideCalendarRangeException e) {
        return Problems.invalid(e.getMessage(), List.of(Problems.fieldError("occurredAt", e.getMessage())));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownVisit(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "visit-not-found", "Unknown visit",
                "No visit " + e.getAggregateIdentifier() + " exists");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The visit has changed since the version you sent",
                "If-Match named version " + e.getExpectedVersion() + " but the visit is at version "
                        + e.getActualVersion() + "; read it again and retry");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    /** Two commands raced for the same visit and this one lost at the event store: nothing was recorded. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "The visit changed while this command ran",
                "Another command for this visit was recorded first; nothing was recorded for this one. Retry.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail wrapped(CommandExecutionException e) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof CommandRefusedException refused) {
            return refused(refused);
        }
        if (cause instanceof InvalidCommandException invalid) {
            return invalid(invalid);
        }
        throw e;
    }
}
