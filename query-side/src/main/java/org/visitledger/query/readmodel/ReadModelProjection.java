package org.visitledger.query.readmodel;

/**
 * A projection that is the home of one read model. Replay, monitoring, segment sharing and version tracking find the
 * read models through this, so a new read model needs nothing but its projection.
 */
public interface ReadModelProjection {

    ReadModel readModel();
}
