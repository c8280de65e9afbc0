package org.visitledger.command.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.visitledger.integrity.EventChain;

/**
 * Once a command side is up, links in the background the events of visits stored before the hash chain existed (an
 * older build's store), one visit per transaction. A visit that gets a new event meanwhile is linked by that append; whichever comes second
 * finds the work done.
 */
@Component
class ChainSealing {

    private static final Logger LOG = LoggerFactory.getLogger(ChainSealing.class);

    private final EventChain chain;
    private final TransactionTemplate transaction;

    ChainSealing(EventChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * In a thread of its own, so that looking through the whole store for unchained visits never holds up the start:
     * the command side takes commands meanwhile, and a visit's next event seals it anyway.
     */
    @EventListener(ApplicationReadyEvent.class)
    void sealInTheBackground() {
        Thread sealing = new Thread(this::sealUnchained, "chain-sealing");
        sealing.setDaemon(true);
        sealing.start();
    }

    void sealUnchained() {
        int sealed = chain.sealUnchained(visit -> {
            try {
                transaction.executeWithoutResult(status -> visit.run());
            } catch (DataIntegrityViolationException linkedMeanwhile) {
                LOG.debug("A visit was linked by a new event while being sealed", linkedMeanwhile);
            }
        });
        if (sealed > 0) {
            LOG.info("Linked the hash chains of {} visits stored before the chain existed", sealed);
        }
    }
}
