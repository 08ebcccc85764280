package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.transport.loop.VirtualTime;
import org.ss7sim.wire.Octets;

/**
 * An SMSC that starts with many stored messages (a restart after an outage) takes them up a window
 * at a time ({@link Smsc#RESUME_WINDOW} attempts under way), each attempt that ends making room for
 * the next, instead of opening a dialogue for every one at once; and every one is attempted.
 */
class SmscResumeTest {
  private static final int STORED = 700;

  @TempDir Path dir;
  SimNetwork net;

  @AfterEach
  void stop() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void stored_messages_are_taken_up_a_window_at_a_time_and_all_of_them() throws Exception {
    String yaml =
        Files.readString(SmsFailurePathsTest.examples().resolve("demo-network.yaml"))
            .replaceAll("smpp_port: \\d+", "smpp_port: 0\n    retry: [10m]\n    validity: 1h");
    Network config = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("net.yaml"), yaml));
    try (MessageStore store = MessageStore.open("embedded", "smsc", dir)) {
      List<StoredMessage> waiting = new ArrayList<>();
      long now = System.currentTimeMillis();
      for (int i = 0; i < STORED; i++) {
        waiting.add(
            new StoredMessage(
                store.nextId(),
                "esme1",
                "1000",
                "99901100" + String.format("%05d", i),
                0,
                Octets.fromHex("6869"),
                false,
                now,
                now + Duration.ofDays(1).toMillis(),
                StoredMessage.State.WAITING,
                1,
                "stored-" + i));
      }
      store.write(waiting, List.of());
    }
    SmsFailurePathsTest.SilentHlr hlr = new SmsFailurePathsTest.SilentHlr();
    NodeKinds kinds = new NodeKinds(config, false, dir);
    net =
        SimNetwork.start(
            config,
            Set.of(),
            null,
            n -> n.name().equals("hlr") ? hlr : kinds.logicFor(n),
            new VirtualTime());

    SmsFailurePathsTest.runFor(net, Duration.ofSeconds(5));
    assertThat(hlr.invokes.get())
        .as("SRI-SM dialogues opened before any of them ended")
        .isEqualTo(Smsc.RESUME_WINDOW);
    Smsc smsc = (Smsc) net.node("smsc").flatMap(SimNode::logic).orElseThrow();
    assertThat(smsc.unfinished()).isEqualTo(STORED);

    // the silent HLR's dialogues time out; each ended attempt makes room for the next
    SmsFailurePathsTest.runFor(net, Duration.ofMinutes(3));
    assertThat(hlr.invokes.get()).as("every stored message attempted once").isEqualTo(STORED);
    assertThat(smsc.unfinished()).isEqualTo(STORED);
  }
}
