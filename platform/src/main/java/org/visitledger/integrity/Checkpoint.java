package org.visitledger.integrity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One checkpoint row (rule INTEGRITY-CHECKPOINT): the heads of all chains when it was made, hash-linked to the
 * previous checkpoint and signed. Read without its heads ({@code heads} null), it is checked but for its heads.
 * <p>
 * {@code heads} is a gzip of one line per visit, {@code visitId sequence hash-in-hex}, sorted by visit id;
 * {@code headsHash} is SHA-256 of the uncompressed lines. {@code checkpointHash} is SHA-256 of the form
 * {@value #FORM} followed by the id, made-at, made-by, chains and events (each as text) and the heads hash and previous
 * checkpoint's hash (each as a 4-byte length and its bytes, as in {@link ChainHash}); {@code signature} is its HMAC.
 */
public record Checkpoint(long id, String madeAt, String madeBy, long chains, long events, byte[] heads,
                         byte[] headsHash, byte[] previousHash, byte[] checkpointHash, byte[] signature) {

    static final String FORM = "visit-ledger/checkpoint/1";

    /** A new checkpoint of these heads, linked to {@code previous} (null for the first) and signed with {@code key}. */
    static Checkpoint make(Checkpoint previous, String madeAt, String madeBy, Collection<ChainHead> heads,
                           long events, CheckpointKey key) {
        byte[] lines = lines(heads);
        byte[] headsHash = ChainHash.sha256().digest(lines);
        long id = previous == null ? 1 : previous.id() + 1;
        byte[] previousHash = previous == null ? null : previous.checkpointHash();
        byte[] hash = hash(id, madeAt, madeBy, heads.size(), events, headsHash, previousHash);
        return new Checkpoint(id, madeAt, madeBy, heads.size(), events, gzip(lines), headsHash, previousHash, hash,
                key.sign(hash));
    }

    /** Each chain's head, by visit id. */
    public Map<String, ChainHead> headsByVisit() {
        Map<String, ChainHead> byVisit = new LinkedHashMap<>();
        for (String line : new String(gunzip(heads), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                String[] parts = line.split(" ");
                byVisit.put(parts[0], new ChainHead(parts[0], Long.parseLong(parts[1]),
                        HexFormat.of().parseHex(parts[2])));
            }
        }
        return byVisit;
    }

    /**
     * What makes this checkpoint untrustworthy, if anything: heads that do not give their hash, fields that do not
     * give the checkpoint's hash, a broken link to the previous checkpoint, or a signature the key does not give.
     */
    public List<String> flaws(Checkpoint previous, CheckpointKey key) {
        List<String> flaws = new ArrayList<>();
        try {
            if (heads != null && !Arrays.equals(ChainHash.sha256().digest(gunzip(heads)), headsHash)) {
                flaws.add("its heads do not give its heads hash");
            }
        } catch (UncheckedIOException unreadable) {
            flaws.add("its heads are not readable");
        }
        if (!Arrays.equals(hash(id, madeAt, madeBy, chains, events, headsHash, previousHash), checkpointHash)) {
            flaws.add("its fields do not give its hash");
        }
        byte[] expectedPrevious = previous == null ? null : previous.checkpointHash();
        if (!Arrays.equals(expectedPrevious, previousHash)) {
            flaws.add(previous == null && id > 1 ? "checkpoint " + (id - 1) + " before it is missing"
                    : "it does not link to checkpoint " + (id - 1));
        }
        if (!key.present()) {
            flaws.add("its signature cannot be checked: " + key.missing());
        } else if (!MessageDigest.isEqual(key.sign(checkpointHash), signature)) {
            flaws.add("its signature is not the checkpoint key's");
        }
        return flaws;
    }

    private static byte[] hash(long id, String madeAt, String madeBy, long chains, long events, byte[] headsHash,
                               byte[] previousHash) {
        MessageDigest digest = ChainHash.sha256();
        ChainHash.text(digest, FORM);
        ChainHash.text(digest, Long.toString(id));
        ChainHash.text(digest, madeAt);
        ChainHash.text(digest, madeBy);
        ChainHash.text(digest, Long.toString(chains));
        ChainHash.text(digest, Long.toString(events));
        ChainHash.field(digest, headsHash);
        ChainHash.field(digest, previousHash == null ? new byte[0] : previousHash);
        return digest.digest();
    }

    private static byte[] lines(Collection<ChainHead> heads) {
        StringBuilder lines = new StringBuilder(heads.size() * 110);
        heads.stream().sorted(Comparator.comparing(ChainHead::visitId)).forEach(head -> lines
                .append(head.visitId()).append(' ').append(head.sequence()).append(' ')
                .append(ChainHash.hex(head.hash())).append('\n'));
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("checkpoint heads are not readable", e);
        }
    }
}
