package org.visitledger.query.scaling;

import org.springframework.jdbc.core.JdbcTemplate;

/** How many segments a processor's event stream is divided into: its rows in Axon's token table. */
public class TokenSegments {

    private final JdbcTemplate jdbc;

    public TokenSegments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int count(String processor) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, processor);
        return rows == null ? 0 : rows;
    }
}
