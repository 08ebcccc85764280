package org.ss7sim.simulator.node.smsc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.ss7sim.map.sms.SmsDirection;
import org.ss7sim.map.sms.SmsTpdu;
import org.ss7sim.map.sms.SmsTpduCodec;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * What the message-management tests read from the demo network running on its own threads: the
 * SMSC's store, the texts the MSC delivered, and a bounded wait for a condition on them.
 */
record DemoSmsc(DemoNetwork demo) {
  private static final String ACCOUNT = "      - {system_id: esme1, password: secret";

  /**
   * The demo network with one more SMPP account at its SMSC, {@code systemId} (password "secret"),
   * that no simulated ESME binds: an outside ESME bound with it alone gets the receipts of what it
   * submitted (esme1's may go to the demo's own esme1 session). SMPP on an ephemeral port.
   */
  static Network withOutsideAccount(String systemId) {
    try (InputStream in = DemoSmsc.class.getResourceAsStream(ConfigLoader.DEMO_NETWORK_RESOURCE)) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String changed =
          yaml.replace("smpp_port: 2775", "smpp_port: 0")
              .replace(
                  ACCOUNT, "      - {system_id: " + systemId + ", password: secret}\n" + ACCOUNT);
      if (!changed.contains("system_id: " + systemId) || !changed.contains("smpp_port: 0")) {
        throw new IllegalStateException("demo network: no esme1 account or smpp_port to change");
      }
      return ConfigLoader.parseNetwork("demo-network.yaml", changed);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Smsc smsc() {
    return (Smsc) demo.net.node("smsc").flatMap(SimNode::logic).orElseThrow();
  }

  Msc msc() {
    return (Msc) demo.net.node("msc").flatMap(SimNode::logic).orElseThrow();
  }

  /** Whether the store holds at least {@code n} messages waiting for their subscriber. */
  boolean waiting(long n) {
    try {
      return smsc().stored(StoredMessage.State.WAITING) >= n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The texts the MSC delivered to {@code msisdn}, in order. */
  List<String> deliveredTexts(String msisdn) {
    return msc().delivered().getOrDefault(msisdn, List.of()).stream()
        .map(
            t -> {
              try {
                SmsTpdu.SmsDeliver d =
                    (SmsTpdu.SmsDeliver) SmsTpduCodec.decode(t, SmsDirection.TO_MOBILE);
                return d.userData().text(d.dataCodingScheme(), d.userDataHeaderIndicator());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** Polls {@code condition} every 20 ms for at most {@code limit}; its last value. */
  static boolean eventually(Duration limit, BooleanSupplier condition) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    return condition.getAsBoolean();
  }
}
