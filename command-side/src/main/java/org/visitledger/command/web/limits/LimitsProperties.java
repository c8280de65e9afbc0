package org.visitledger.command.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code visit-ledger.limits.*}: the API's abuse limits.
 *
 * @param maxBodySize       the largest request body accepted on {@code /api/**} (a plain number is bytes). The default,
 *                          256 KB, takes every command body at its field caps even at 3 UTF-8 bytes a character (the
 *                          largest, an announcement with 200 placing authorities of 200 characters, or two
 *                          20,000-character texts, are under 140 KB). Only a final report can exceed it, as its 400
 *                          items may each hold 20,000 characters: 256 KB holds about 250,000 characters of report
 * @param commandsPerMinute the rate at which a user's command allowance refills
 * @param commandBurst      how many commands a user may send at once, after a quiet spell
 */
@ConfigurationProperties("visit-ledger.limits")
public record LimitsProperties(@DefaultValue("256KB") DataSize maxBodySize,
                               @DefaultValue("300") int commandsPerMinute,
                               @DefaultValue("100") int commandBurst) {

    public LimitsProperties {
        // Bodies are held in memory, in a byte array, while they are measured.
        if (maxBodySize.toBytes() < 1 || maxBodySize.toBytes() >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("visit-ledger.limits.max-body-size must be 1 byte to 2 GB, not "
                    + maxBodySize);
        }
        if (commandsPerMinute < 1 || commandBurst < 1) {
            throw new IllegalArgumentException("visit-ledger.limits.commands-per-minute and command-burst must be "
                    + "1 or more, not " + commandsPerMinute + " and " + commandBurst);
        }
    }

    int maxBodyBytes() {
        return (int) maxBodySize.toBytes();
    }
}
