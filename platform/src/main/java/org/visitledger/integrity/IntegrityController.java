package org.visitledger.integrity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.problems.Problems;

import java.net.URI;
import java.util.List;

/**
 * Proving the record (docs/integrity.md): a visit's history verified for an auditor, the whole store verified for the
 * administrator in the background with its progress, and the checkpoints.
 */
@RestController
public class IntegrityController {

    private static final int RECENT = 20;

    private final ChainVerifier verifier;
    private final StoreVerifications verifications;
    private final Checkpoints checkpoints;

    public IntegrityController(ChainVerifier verifier, StoreVerifications verifications, Checkpoints checkpoints) {
        this.verifier = verifier;
        this.verifications = verifications;
        this.checkpoints = checkpoints;
    }

    /** The visit's hash chain recomputed and checked against the latest checkpoint. */
    @GetMapping("/api/visits/{visitId}/integrity")
    public VisitIntegrity visit(@PathVariable String visitId) {
        return verifier.verifyVisit(visitId).orElseThrow(() -> Problems.thrown(HttpStatus.NOT_FOUND,
                "visit-not-found", "Unknown visit", "No visit " + visitId + " exists"));
    }

    /**
     * 202: the whole store is being verified; its progress and result at the {@code Location}. With
     * {@code "checkpoint": true}, a store that verifies gets a new checkpoint. 409 while one runs in this process.
     */
    @PostMapping("/api/admin/integrity/verify")
    public ResponseEntity<Verification> verify(@RequestBody(required = false) VerifyRequest request,
                                               Authentication admin) {
        boolean checkpoint = request != null && Boolean.TRUE.equals(request.checkpoint());
        Verification started = verifications.start(admin.getName(), checkpoint).orElseThrow(() -> Problems.thrown(
                HttpStatus.CONFLICT, "integrity-verification-running", "A verification is running",
                "Verification " + verifications.runningHere().orElse("") + " is still running; follow it at "
                        + location(verifications.runningHere().orElse(""))));
        return ResponseEntity.accepted().location(URI.create(location(started.id()))).body(started);
    }

    @GetMapping("/api/admin/integrity/verifications/{verificationId}")
    public Verification verification(@PathVariable String verificationId) {
        return verifications.find(verificationId).orElseThrow(() -> Problems.thrown(HttpStatus.NOT_FOUND,
                "verification-not-found", "Unknown verification", "No verification " + verificationId + " exists"));
    }

    /** The latest verifications, newest first. */
    @GetMapping("/api/admin/integrity/verifications")
    public List<Verification> verifications() {
        return verifications.recent(RECENT);
    }

    /** Every checkpoint, newest first, each checked (its hash, its link to the one before, its signature). */
    @GetMapping("/api/admin/integrity/checkpoints")
    public List<CheckpointView> checkpoints() {
        return checkpoints.all().stream().map(CheckpointView::of).toList();
    }

    private static String location(String verificationId) {
        return "/api/admin/integrity/verifications/" + verificationId;
    }

    /** @param checkpoint whether a store that verifies gets a new checkpoint (default false) */
    public record VerifyRequest(Boolean checkpoint) {
    }

    /** A checkpoint as listed: what it covers, its hash (to keep elsewhere too), and whether it can be trusted. */
    public record CheckpointView(long id, String madeAt, String madeBy, long chains, long events, String hash,
                                 String previousHash, boolean authentic, List<String> flaws) {

        static CheckpointView of(Checkpoints.CheckedCheckpoint checked) {
            Checkpoint checkpoint = checked.checkpoint();
            return new CheckpointView(checkpoint.id(), checkpoint.madeAt(), checkpoint.madeBy(), checkpoint.chains(),
                    checkpoint.events(), ChainHash.hex(checkpoint.checkpointHash()),
                    ChainHash.hex(checkpoint.previousHash()), checked.authentic(), checked.flaws());
        }
    }
}
