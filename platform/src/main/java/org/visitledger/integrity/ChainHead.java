package org.visitledger.integrity;

/** The last link of a visit's chain: its sequence number and hash. */
public record ChainHead(String visitId, long sequence, byte[] hash) {
}
