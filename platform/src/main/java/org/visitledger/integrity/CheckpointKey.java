package org.visitledger.integrity;

import org.visitledger.settings.VisitLedgerProperties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key checkpoints are signed with (HMAC-SHA256, rule INTEGRITY-CHECKPOINT), from {@code
 * visit-ledger.integrity.checkpoint-key} or the key file, which is made (readable by its owner only) when it does not
 * exist yet. Without either, checkpoints can be neither made nor checked; the chains are still verified.
 */
public final class CheckpointKey {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int LENGTH = 32;

    private final SecretKeySpec key;
    private final String missing;

    private CheckpointKey(byte[] key, String missing) {
        this.key = key == null ? null : new SecretKeySpec(key, ALGORITHM);
        this.missing = missing;
    }

    public static CheckpointKey of(byte[] key) {
        if (key.length < LENGTH) {
            throw new IllegalArgumentException("a checkpoint key has at least " + LENGTH + " bytes");
        }
        return new CheckpointKey(key, null);
    }

    public static CheckpointKey from(VisitLedgerProperties.Integrity settings) {
        if (settings.checkpointKey() != null && !settings.checkpointKey().isBlank()) {
            return of(Base64.getDecoder().decode(settings.checkpointKey().strip()));
        }
        if (settings.checkpointKeyFile() != null && !settings.checkpointKeyFile().isBlank()) {
            return of(readOrMake(Path.of(settings.checkpointKeyFile())));
        }
        return new CheckpointKey(null, "no checkpoint key is configured (visit-ledger.integrity.checkpoint-key)");
    }

    public boolean present() {
        return key != null;
    }

    /** Why there is no key, or null. */
    public String missing() {
        return missing;
    }

    byte[] sign(byte[] checkpointHash) {
        if (key == null) {
            throw new IllegalStateException(missing);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(checkpointHash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    /**
     * Reads the key file, or makes it: written whole to a file readable by its owner only from the start, then moved
     * into place, so that the key is never readable by others, nor left half written by a crash.
     */
    private static byte[] readOrMake(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] made = new byte[LENGTH];
                new SecureRandom().nextBytes(made);
                Path directory = file.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                Path written = ownerOnlyFile(directory);
                Files.writeString(written, Base64.getEncoder().encodeToString(made));
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the checkpoint key file " + file, e);
        }
    }

    private static Path ownerOnlyFile(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, "checkpoint-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(directory, "checkpoint-key", ".tmp");
    }
}
