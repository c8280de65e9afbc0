package org.visitledger.query.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads Axon's token table: how many segments a processor has and who else holds a live claim on them. */
public class TokenClaims {

    private final JdbcTemplate jdbc;

    public TokenClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Snapshot(int segments, int otherLiveOwners) {
    }

    private record Claim(int segment, String owner, Instant claimedAt) {
    }

    /**
     * Owners are Axon's node ids; this instance's own id is the owner of a segment it processes. A claim is live if
     * it was refreshed after {@code liveSince} (work packages extend their claims while they run).
     */
    Snapshot read(String processor, Set<Integer> mySegments, Instant liveSince) {
        List<Claim> rows = jdbc.query("SELECT segment, owner, timestamp FROM token_entry WHERE processor_name = ?",
                (rs, n) -> new Claim(rs.getInt(1), rs.getString(2), Instant.parse(rs.getString(3))), processor);
        Set<String> me = new HashSet<>();
        rows.stream().filter(c -> mySegments.contains(c.segment()) && c.owner() != null)
                .forEach(c -> me.add(c.owner()));
        long others = rows.stream()
                .filter(c -> c.owner() != null && !me.contains(c.owner()) && c.claimedAt().isAfter(liveSince))
                .map(Claim::owner).distinct().count();
        return new Snapshot(rows.size(), (int) others);
    }
}
