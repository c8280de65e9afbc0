package org.visitledger.command.visit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Rule OCCURRED-AT-RECEIVED: lateness is judged by when the inspectorate received an act, not by when its sender
 * says it happened. A {@link ProviderAct} sent by a provider user (the command's {@link #SENT_BY_PROVIDER}
 * metadata, set by the web layer from the caller's authorities) may not state {@code occurredAt}: it is received,
 * and so happened for every cut-off, when it is recorded. Refused before the visit is loaded, so nothing is recorded.
 */
public final class ReceivedWhenRecorded implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Command metadata: {@code true} when a provider user sent the command. Not copied onto events. */
    public static final String SENT_BY_PROVIDER = "sentByProvider";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (command.getPayload() instanceof ProviderAct act && act.occurredAt() != null
                && Boolean.TRUE.equals(command.getMetaData().get(SENT_BY_PROVIDER))) {
            throw new InvalidCommandException("occurredAt", "a provider's act is received by the inspectorate when "
                    + "it is recorded, and its time limits are judged by that; leave occurredAt out (only "
                    + "inspectorate staff may record an earlier time, for something they received earlier)");
        }
        return chain.proceed();
    }
}
