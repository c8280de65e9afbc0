package org.visitledger.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;

/**
 * {@code visit-ledger.*}: the ledger's own tuning settings, typed and checked at start-up, with their defaults here and
 * nowhere else; a module's own YAML file sets only what differs for it (the combined app's application.yml, the
 * separately run sides' command-side.yml and query-side.yml). The API's abuse limits ({@code visit-ledger.limits}) and token settings
 * ({@code visit-ledger.security.jwt}) keep their own classes beside the code that uses them.
 *
 * @param eventStore how the event store is read by processors
 * @param readModels how the query side's read models take events and share them between instances
 * @param processes  how the command side's processes (sagas) take events
 * @param integrity  the tamper evidence's checkpoints (docs/integrity.md)
 */
@Validated
@ConfigurationProperties("visit-ledger")
public record VisitLedgerProperties(@DefaultValue @Valid EventStore eventStore,
                                    @DefaultValue @Valid ReadModels readModels,
                                    @DefaultValue @Valid Processes processes,
                                    @DefaultValue @Valid Integrity integrity) {

    /**
     * @param batchSize  the events read per query of the store
     * @param fetchDelay the pause between two polls that found no new event. In one JVM a commit wakes the processors
     *                   at once; a query side of the split deployment learns of the command side's events only by
     *                   polling, so there this is most of its read models' lag
     * @param wakeDelay  how long the processors are left asleep after new events arrive, so that the events of
     *                   the commands committed meanwhile go into one batch: every batch is a transaction of each read
     *                   model and process, a store write on H2 and a log flush on PostgreSQL (issue 24). It adds as
     *                   much to the read models' lag
     */
    public record EventStore(@DefaultValue("100") @Min(1) int batchSize,
                             @DefaultValue("1s") @NotNull Duration fetchDelay,
                             @DefaultValue("20ms") @NotNull Duration wakeDelay) {
    }

    /**
     * @param batchSize       the most events applied in one transaction (a batch holds only what has arrived, so under
     *                        live load it stays small)
     * @param segments        segments per read model, the unit several query sides share; applies only when the
     *                        token store is first initialised. One JVM alone rebuilds fastest with one
     * @param balanceInterval how often a query side of the split deployment recounts its fair share of segments
     * @param balanceSegments whether query sides share each read model's segments fairly (the split deployment)
     * @param balanceInterval how often a query side that balances recounts its fair share of segments
     * @param releaseFor      how long a released segment is left for the other instances
     */
    public record ReadModels(@DefaultValue("500") @Min(1) int batchSize, @DefaultValue("4") @Min(1) int segments,
                             @DefaultValue("false") boolean balanceSegments,
                             @DefaultValue("2s") @NotNull Duration balanceInterval,
                             @DefaultValue("3s") @NotNull Duration releaseFor) {
    }

    /**
     * @param batchSize the most events a process takes in one transaction
     * @param segments  segments per process; the processes are light, so one, taken over by another command side
     *                  when this one stops
     */
    public record Processes(@DefaultValue("100") @Min(1) int batchSize, @DefaultValue("1") @Min(1) int segments) {
    }

    /**
     * @param checkpointKey     the key checkpoints are signed with (HMAC-SHA256), Base64, at least 32 bytes. Kept out of
     *                          the database on purpose: whoever can rewrite the tables cannot sign a checkpoint
     * @param checkpointKeyFile where the key is kept when {@code checkpointKey} is not set (the combined app: in its
     *                          data directory, made on first start)
     * @param dailyCheckpointAt when, each day (UTC), the command side verifies the store and records a checkpoint
     * @param hashChain           whether appended events are linked into their visit's hash chain. Off only to
     *                            measure what the chain costs (bench): events stored unchained fail verification
     * @param encryptPersonalData whether personal fields are stored encrypted (and decrypted as they are read). Off
     *                            only to measure what encryption costs (bench): fields stored in plain text can never
     *                            be erased, and fields stored encrypted cannot be read
     */
    public record Integrity(String checkpointKey, String checkpointKeyFile,
                            @DefaultValue("02:00") @NotNull LocalTime dailyCheckpointAt,
                            @DefaultValue("true") boolean hashChain,
                            @DefaultValue("true") boolean encryptPersonalData) {
    }
}
