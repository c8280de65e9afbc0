package org.visitledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The {@code integrity_checkpoint} table: the latest checkpoint, its predecessor, the list, and a new one. */
public class Checkpoints {

    private static final String SELECT = "SELECT checkpoint_id, made_at, made_by, chains, events, heads_hash, "
            + "previous_hash, checkpoint_hash, signature, heads FROM integrity_checkpoint";
    /** The same, without the heads: older checkpoints are checked by their hash, link and signature only. */
    private static final String SELECT_WITHOUT_HEADS = "SELECT checkpoint_id, made_at, made_by, chains, events, "
            + "heads_hash, previous_hash, checkpoint_hash, signature FROM integrity_checkpoint";
    private static final RowMapper<Checkpoint> ROW = (rs, row) -> new Checkpoint(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getMetaData().getColumnCount() > 9 ? rs.getBytes(10)
            : null, rs.getBytes(6), rs.getBytes(7), rs.getBytes(8), rs.getBytes(9));

    private final JdbcTemplate jdbc;
    private final CheckpointKey key;

    public Checkpoints(JdbcTemplate jdbc, CheckpointKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query(SELECT + " ORDER BY checkpoint_id DESC FETCH FIRST 1 ROWS ONLY", ROW).stream().findFirst();
    }

    /** The latest checkpoint with what makes it untrustworthy (nothing, if it can be trusted), or empty if none. */
    public Optional<CheckedCheckpoint> latestChecked() {
        return latest().map(this::checked);
    }

    public CheckedCheckpoint checked(Checkpoint checkpoint) {
        Checkpoint previous = checkpoint.id() > 1 ? jdbc.query(SELECT_WITHOUT_HEADS + " WHERE checkpoint_id = ?", ROW,
                checkpoint.id() - 1).stream().findFirst().orElse(null) : null;
        return new CheckedCheckpoint(checkpoint, checkpoint.flaws(previous, key));
    }

    public Optional<Checkpoint> find(long id) {
        return jdbc.query(SELECT + " WHERE checkpoint_id = ?", ROW, id).stream().findFirst();
    }

    /**
     * Every checkpoint, newest first, each checked against its predecessor: the latest in full, the older ones but
     * for their heads (which only the latest is ever checked against), so that their heads are never all in memory.
     */
    public List<CheckedCheckpoint> all() {
        List<Checkpoint> newestFirst = new ArrayList<>(jdbc.query(SELECT_WITHOUT_HEADS + " ORDER BY checkpoint_id DESC",
                ROW));
        if (!newestFirst.isEmpty()) {
            newestFirst.set(0, find(newestFirst.get(0).id()).orElseThrow());
        }
        return IntStream.range(0, newestFirst.size()).mapToObj(i -> {
            Checkpoint checkpoint = newestFirst.get(i);
            Checkpoint previous = i + 1 < newestFirst.size() && newestFirst.get(i + 1).id() == checkpoint.id() - 1
                    ? newestFirst.get(i + 1) : null;
            return new CheckedCheckpoint(checkpoint, checkpoint.flaws(previous, key));
        }).toList();
    }

    /** Records a checkpoint of these heads, linked to the latest; two made at once cannot both take its place. */
    public Checkpoint record(Collection<ChainHead> heads, long events, String madeAt, String madeBy) {
        Checkpoint made = Checkpoint.make(latest().orElse(null), madeAt, madeBy, heads, events, key);
        jdbc.update("INSERT INTO integrity_checkpoint (checkpoint_id, made_at, made_by, chains, events, heads, "
                        + "heads_hash, previous_hash, checkpoint_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                made.id(), made.madeAt(), made.madeBy(), made.chains(), made.events(), made.heads(), made.headsHash(),
                made.previousHash(), made.checkpointHash(), made.signature());
        return made;
    }

    public CheckpointKey key() {
        return key;
    }

    /** A checkpoint and its flaws (none if it can be trusted). */
    public record CheckedCheckpoint(Checkpoint checkpoint, List<String> flaws) {

        public boolean authentic() {
            return flaws.isEmpty();
        }
    }
}
