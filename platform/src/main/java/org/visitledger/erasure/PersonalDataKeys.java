package org.visitledger.erasure;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The keys personal fields are encrypted with, in their own table ({@code personal_data_key}): one key per visit at a
 * time. Erasure destroys a visit's keys (the row stays, without its key, saying when, by whom and why); personal data
 * recorded after an erasure gets a new key, so that it is not lost.
 */
public class PersonalDataKeys {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    public PersonalDataKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The visit's current key, made (in the caller's transaction) if it has none. */
    public VisitKey currentKey(String visitId, Instant now) {
        List<VisitKey> current = jdbc.query("SELECT key_id, key_material FROM personal_data_key "
                        + "WHERE visit_id = ? AND key_material IS NOT NULL ORDER BY generation DESC",
                (rs, row) -> new VisitKey(rs.getString(1), aes(rs.getBytes(2))), visitId);
        if (!current.isEmpty()) {
            return current.get(0);
        }
        Integer last = jdbc.queryForObject("SELECT MAX(generation) FROM personal_data_key WHERE visit_id = ?",
                Integer.class, visitId);
        int generation = last == null ? 1 : last + 1;
        byte[] material = new byte[KEY_BYTES];
        RANDOM.nextBytes(material);
        String keyId = visitId + "/" + generation;
        jdbc.update("INSERT INTO personal_data_key (key_id, visit_id, generation, key_material, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", keyId, visitId, generation, material, Timestamp.from(now));
        return new VisitKey(keyId, aes(material));
    }

    /** The key of this id, or empty if it was destroyed (or never existed). */
    public Optional<SecretKey> find(String keyId) {
        return jdbc.query("SELECT key_material FROM personal_data_key WHERE key_id = ? AND key_material IS NOT NULL",
                (rs, row) -> aes(rs.getBytes(1)), keyId).stream().findFirst();
    }

    /** Destroys every key of the visit (in the caller's transaction); answers how many. */
    public int destroy(String visitId, String by, String reason, Instant at) {
        return jdbc.update("UPDATE personal_data_key SET key_material = NULL, erased_at = ?, erased_by = ?, "
                        + "erasure_reason = ? WHERE visit_id = ? AND key_material IS NOT NULL", Timestamp.from(at), by,
                reason, visitId);
    }

    private static SecretKey aes(byte[] material) {
        return new SecretKeySpec(material, "AES");
    }

    /** A visit's key and the id its ciphertexts name. */
    public record VisitKey(String keyId, SecretKey key) {
    }
}
