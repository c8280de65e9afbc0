package org.visitledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of one event in its visit's hash chain (rule INTEGRITY-HASH-CHAIN): SHA-256 over the event's canonical
 * form followed by the previous event's hash (32 zero bytes before the first event).
 * <p>
 * The canonical form ({@value #CANONICAL_FORM}) is the name of the form, then each field of {@link StoredEvent} as a
 * 4-byte big-endian length and its bytes, in this order: aggregate identifier, sequence number (as decimal text), event
 * identifier, aggregate type, payload type, payload revision, time stamp (text as stored, an
 * absent value as empty), metadata and payload (bytes as stored). Length prefixes make the form unambiguous: no two
 * different events have the same bytes.
 * <p>
 * The global index (the store's position across all visits) is left out: it is the storage engine's to assign, and
 * what matters of it, that a visit's events follow one another in the store as in their sequence, is checked when the
 * chain is verified.
 */
public final class ChainHash {

    public static final String CANONICAL_FORM = "visit-ledger/event-chain/1";
    public static final String ALGORITHM = "SHA-256";
    public static final int LENGTH = 32;

    private static final byte[] FORM_NAME = CANONICAL_FORM.getBytes(StandardCharsets.UTF_8);
    private static final byte[] GENESIS = new byte[LENGTH];

    private ChainHash() {
    }

    /** The hash the chain starts from: what the first event of a visit links to. */
    public static byte[] genesis() {
        return GENESIS.clone();
    }

    public static byte[] link(StoredEvent event, byte[] previous) {
        MessageDigest digest = sha256();
        field(digest, FORM_NAME);
        text(digest, event.aggregateIdentifier());
        text(digest, Long.toString(event.sequenceNumber()));
        text(digest, event.eventIdentifier());
        text(digest, event.aggregateType());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        text(digest, event.timeStamp());
        field(digest, event.metaData() == null ? new byte[0] : event.metaData());
        field(digest, event.payload());
        digest.update(previous);
        return digest.digest();
    }

    public static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    static void text(MessageDigest digest, String value) {
        field(digest, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    static void field(MessageDigest digest, byte[] bytes) {
        int length = bytes.length;
        digest.update(new byte[]{(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }
}
