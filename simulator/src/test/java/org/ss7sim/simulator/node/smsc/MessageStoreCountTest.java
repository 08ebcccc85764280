package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;

/** The store's messages by state, every state listed, counted in one scan. */
class MessageStoreCountTest {
  @TempDir Path dir;

  @Test
  void counts_every_state_and_zero_for_the_absent_ones() throws Exception {
    try (MessageStore store = MessageStore.open("embedded", "count", dir)) {
      List<StoredMessage> inserts = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        inserts.add(
            new StoredMessage(
                store.nextId(),
                "esme1",
                "1000",
                "9990110000" + i,
                0,
                Octets.fromHex("6869"),
                true,
                1_000,
                2_000_000,
                StoredMessage.State.WAITING,
                1,
                "f" + i));
      }
      store.write(inserts, List.of());
      store.write(
          List.of(),
          List.of(
              inserts.get(0).done(StoredMessage.State.DELIVERED, 5_000, 0),
              inserts.get(1).done(StoredMessage.State.EXPIRED, 6_000, 0)));

      Map<StoredMessage.State, Long> byState = store.countByState();
      assertThat(byState).containsOnlyKeys(StoredMessage.State.values());
      assertThat(byState.get(StoredMessage.State.WAITING)).isEqualTo(3);
      assertThat(byState.get(StoredMessage.State.DELIVERED)).isEqualTo(1);
      assertThat(byState.get(StoredMessage.State.EXPIRED)).isEqualTo(1);
      assertThat(byState.get(StoredMessage.State.PENDING)).isZero();
      for (StoredMessage.State s : StoredMessage.State.values()) {
        assertThat(byState.get(s)).as(s.name()).isEqualTo(store.count(s));
      }
    }
  }
}
