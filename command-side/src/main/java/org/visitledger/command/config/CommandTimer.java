package org.visitledger.command.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.visitledger.command.visit.CommandRefusedException;
import org.visitledger.command.visit.InvalidCommandException;

/**
 * Times every command the visits handle, as histogram {@value #NAME}{command, outcome} (issue 21): {@code ok},
 * {@code invalid} (400), {@code refused} (409 by a rule), {@code conflict} (a concurrent change) or {@code error}.
 * The time is the handling's, from the command bus to the end of its unit of work: loading the visit, its rules and
 * storing the events.
 */
public final class CommandTimer implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String NAME = "visit_ledger.commands";

    private final MeterRegistry registry;

    public CommandTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        long start = System.nanoTime();
        unitOfWork.afterCommit(work -> record(command, "ok", start));
        unitOfWork.onRollback(work -> record(command, outcome(work.getExecutionResult().getExceptionResult()), start));
        return chain.proceed();
    }

    private void record(String command, String outcome, long start) {
        Timer.builder(NAME).tag("command", command).tag("outcome", outcome)
                .description("Time to handle a command, by command and outcome")
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static String outcome(Throwable failure) {
        if (failure instanceof InvalidCommandException) {
            return "invalid";
        }
        if (failure instanceof CommandRefusedException) {
            return "refused";
        }
        if (failure instanceof ConflictingModificationException) {
            return "conflict";
        }
        return "error";
    }
}
