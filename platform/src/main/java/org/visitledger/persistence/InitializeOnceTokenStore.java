package org.visitledger.persistence;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Axon's token store, except that creating a processor's segments tolerates another instance doing it at the same
 * moment. Two instances of a side starting together on an empty token table both insert the segments; the loser's
 * duplicate key marks Axon's surrounding transaction rollback-only, and its processor then fails to start (seen with
 * two query-side instances on PostgreSQL). Here the insert runs in a transaction of its own, and losing that race
 * is fine: the segments exist, which is all the caller wanted.
 */
final class InitializeOnceTokenStore implements TokenStore {

    private static final Logger log = LoggerFactory.getLogger(InitializeOnceTokenStore.class);

    private final TokenStore delegate;
    private final TransactionTemplate ownTransaction;

    InitializeOnceTokenStore(TokenStore delegate, PlatformTransactionManager transactions) {
        this.delegate = delegate;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeOnce(processorName, () -> delegate.initializeTokenSegments(processorName, segmentCount));
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        initializeOnce(processorName,
                () -> delegate.initializeTokenSegments(processorName, segmentCount, initialToken));
    }

    private void initializeOnce(String processorName, Runnable initialize) {
        try {
            ownTransaction.executeWithoutResult(status -> initialize.run());
        } catch (RuntimeException lostTheRace) {
            int[] existing = ownTransaction.execute(status -> delegate.fetchSegments(processorName));
            if (existing == null || existing.length == 0) {
                throw lostTheRace;
            }
            log.info("Segments of {} were created by another instance at the same time; using those", processorName);
        }
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        delegate.storeToken(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        return delegate.fetchToken(processorName, segment);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        delegate.extendClaim(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        delegate.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return delegate.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return delegate.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return delegate.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return delegate.retrieveStorageIdentifier();
    }
}
