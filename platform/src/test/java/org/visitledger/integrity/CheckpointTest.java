package org.visitledger.integrity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule INTEGRITY-CHECKPOINT: a checkpoint's heads read back, its link to the one before, and its signature. */
class CheckpointTest {

    private static final CheckpointKey KEY = CheckpointKey.of(new byte[32]);
    private static final List<ChainHead> HEADS = List.of(new ChainHead("V-2", 7, hash(2)),
            new ChainHead("V-1", 3, hash(1)));

    @Test
    void a_checkpoint_reads_back_its_heads_and_is_trusted() {
        Checkpoint first = Checkpoint.make(null, "2026-12-05T02:00:00Z", "system", HEADS, 12, KEY);
        assertThat(first.id()).isEqualTo(1);
        assertThat(first.chains()).isEqualTo(2);
        Map<String, ChainHead> heads = first.headsByVisit();
        assertThat(heads.keySet()).containsExactly("V-1", "V-2");
        assertThat(heads.get("V-2").sequence()).isEqualTo(7);
        assertThat(heads.get("V-2").hash()).isEqualTo(hash(2));
        assertThat(first.flaws(null, KEY)).isEmpty();

        Checkpoint second = Checkpoint.make(first, "2026-12-06T02:00:00Z", "system", HEADS, 12, KEY);
        assertThat(second.id()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.checkpointHash());
        assertThat(second.flaws(first, KEY)).isEmpty();
    }

    @Test
    void an_edited_field_a_lost_predecessor_or_another_key_is_a_flaw() {
        Checkpoint first = Checkpoint.make(null, "2026-12-05T02:00:00Z", "system", HEADS, 12, KEY);
        Checkpoint second = Checkpoint.make(first, "2026-12-06T02:00:00Z", "system", HEADS, 12, KEY);

        Checkpoint edited = new Checkpoint(second.id(), second.madeAt(), second.madeBy(), second.chains(),
                second.events() + 1, second.heads(), second.headsHash(), second.previousHash(),
                second.checkpointHash(), second.signature());
        assertThat(edited.flaws(first, KEY)).containsExactly("its fields do not give its hash");

        Checkpoint otherHeads = Checkpoint.make(first, second.madeAt(), "system",
                List.of(new ChainHead("V-1", 2, hash(1))), 12, KEY);
        Checkpoint swappedHeads = new Checkpoint(second.id(), second.madeAt(), second.madeBy(), second.chains(),
                second.events(), otherHeads.heads(), second.headsHash(), second.previousHash(),
                second.checkpointHash(), second.signature());
        assertThat(swappedHeads.flaws(first, KEY)).containsExactly("its heads do not give its heads hash");

        assertThat(second.flaws(null, KEY)).containsExactly("checkpoint 1 before it is missing");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(second.flaws(first, CheckpointKey.of(otherKey)))
                .containsExactly("its signature is not the checkpoint key's");
    }

    private static byte[] hash(int n) {
        byte[] hash = new byte[32];
        hash[31] = (byte) n;
        return hash;
    }
}
