package org.ss7sim.simulator.node;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.ss7sim.simulator.config.network.KindData.HlrData;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.network.Subscriber;
import org.ss7sim.simulator.config.network.SubscriberState;

/**
 * The subscribers of every HLR of the network and the state of their handsets, shared by the HLR
 * and MSC nodes of one process. The scenario changes states here; listeners (the HLR) hear of each
 * change.
 */
public final class Subscribers {
  /** One subscriber: who, whose HLR, which MSC serves it. */
  public record Record(String msisdn, String imsi, String hlr, String msc) {}

  private final Network network;
  private final Map<String, SubscriberState> states = new ConcurrentHashMap<>();
  private final List<BiConsumer<Record, SubscriberState>> listeners = new CopyOnWriteArrayList<>();

  public Subscribers(Network network) {
    this.network = network;
  }

  public Optional<Record> byMsisdn(String msisdn) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasMsisdn(msisdn)) {
          int i = new BigInteger(msisdn).subtract(new BigInteger(b.msisdn())).intValueExact();
          return Optional.of(new Record(msisdn, b.imsiAt(i), h.name(), msc(b)));
        }
      }
    }
    return Optional.empty();
  }

  public Optional<Record> byImsi(String imsi) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasImsi(imsi)) {
          int i = new BigInteger(imsi).subtract(new BigInteger(b.imsi())).intValueExact();
          return Optional.of(new Record(b.msisdnAt(i), imsi, h.name(), msc(b)));
        }
      }
    }
    return Optional.empty();
  }

  /** The O-CSI of a subscriber (the HLR's subscriber data), if it has one. */
  public Optional<org.ss7sim.simulator.config.network.CamelCsi> oCsi(String msisdn) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasMsisdn(msisdn)) {
          return b.oCsi();
        }
      }
    }
    return Optional.empty();
  }

  /** The MO-SMS-CSI of a subscriber (the HLR's subscriber data), if it has one. */
  public Optional<org.ss7sim.simulator.config.network.CamelCsi> moSmsCsi(String msisdn) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasMsisdn(msisdn)) {
          return b.moSmsCsi();
        }
      }
    }
    return Optional.empty();
  }

  /** The T-CSI of a subscriber (the HLR's subscriber data for the GMSC), if it has one. */
  public Optional<org.ss7sim.simulator.config.network.CamelCsi> tCsi(String msisdn) {
    return blockOfMsisdn(msisdn).flatMap(Subscriber::tCsi);
  }

  /** The HLR block holding an MSISDN. */
  public Optional<Subscriber> blockOfMsisdn(String msisdn) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasMsisdn(msisdn)) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  /** The HLR block holding an IMSI (its keys, state at start). */
  public Optional<Subscriber> blockOfImsi(String imsi) {
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasImsi(imsi)) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  private String msc(Subscriber b) {
    return b.msc()
        .orElseGet(
            () -> network.nodes(NodeKind.MSC).stream().map(Node::name).findFirst().orElse(""));
  }

  /** Handsets whose state was changed at run time (by a scenario or the control API), by MSISDN. */
  public Map<String, SubscriberState> changed() {
    return Map.copyOf(states);
  }

  /** The handset state now: as changed by the scenario, else as the network file says. */
  public SubscriberState state(String msisdn) {
    SubscriberState s = states.get(msisdn);
    if (s != null) {
      return s;
    }
    for (Node h : network.nodes(NodeKind.HLR)) {
      for (Subscriber b : h.data(HlrData.class).subscribers()) {
        if (b.hasMsisdn(msisdn)) {
          return b.state();
        }
      }
    }
    return SubscriberState.ABSENT;
  }

  /** Changes a handset's state and tells the listeners. */
  public void change(String msisdn, SubscriberState state) {
    Record r =
        byMsisdn(msisdn).orElseThrow(() -> new IllegalArgumentException("no subscriber " + msisdn));
    states.put(msisdn, state);
    for (BiConsumer<Record, SubscriberState> l : listeners) {
      l.accept(r, state);
    }
  }

  public void onChange(BiConsumer<Record, SubscriberState> listener) {
    listeners.add(listener);
  }

  /** The global title of a node (its first), or empty. */
  public String globalTitleOf(String node) {
    return network
        .node(node)
        .filter(n -> !n.globalTitles().isEmpty())
        .map(n -> n.globalTitles().get(0).digits())
        .orElse("");
  }

  List<String> smscs() {
    List<String> out = new ArrayList<>();
    network.nodes(NodeKind.SMSC).forEach(n -> out.add(n.name()));
    return out;
  }
}
