package org.ss7sim.simulator.network;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.ssp.Ssp;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * The built-in demo network started for a test: every node on its own thread, M3UA over TCP
 * loopback, every message written to a pcap, SMSCs on an in-memory store (or on the file's: {@link
 * #withFileStores}).
 */
public final class DemoNetwork implements AutoCloseable {
  public final Network config;
  public final Tracer tracer;
  public final NodeKinds kinds;
  public final SimNetwork net;
  public final Path pcap;

  public DemoNetwork(Path dir) throws Exception {
    this(ConfigLoader.demoNetwork(), dir);
  }

  public DemoNetwork(Network config, Path dir) throws Exception {
    this(config, dir, null);
  }

  /**
   * The demo network with its SMSCs on the store the file names (embedded: an H2 file and its
   * journal in {@code dir}), as {@code ss7sim run} starts them.
   */
  public static DemoNetwork withFileStores(Path dir) throws Exception {
    return new DemoNetwork(ConfigLoader.demoNetwork(), dir, null, false);
  }

  /**
   * @param override the logic of some nodes instead of their kind's (null entries: the kind's)
   */
  public DemoNetwork(
      Network config,
      Path dir,
      java.util.function.BiFunction<NodeKinds, org.ss7sim.simulator.config.network.Node, NodeLogic>
          override)
      throws Exception {
    this(config, dir, override, true);
  }

  private DemoNetwork(
      Network config,
      Path dir,
      java.util.function.BiFunction<NodeKinds, org.ss7sim.simulator.config.network.Node, NodeLogic>
          override,
      boolean memoryStores)
      throws Exception {
    this.config = config;
    this.pcap = dir.resolve("run.pcap");
    this.tracer = new Tracer(PcapWriter.create(pcap), 1000);
    this.kinds = new NodeKinds(config, memoryStores, dir);
    this.net =
        SimNetwork.start(
            config,
            Set.of(),
            tracer,
            n -> {
              NodeLogic l = override == null ? null : override.apply(kinds, n);
              return l != null ? l : kinds.logicFor(n);
            });
    Esmes.start(net, kinds);
  }

  /** What an attempt ended with: the outcome, once it is over. */
  public static final class Result implements AttemptListener {
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    final CompletableFuture<Void> ended = new CompletableFuture<>();

    @Override
    public void onOutcome(Outcome o) {
      outcome.complete(o);
    }

    @Override
    public void onEnded() {
      ended.complete(null);
    }

    /** The outcome if it is known already. */
    public java.util.Optional<Outcome> outcomeNow() {
      return java.util.Optional.ofNullable(outcome.getNow(null));
    }

    /** Waits (bounded) until the attempt is over and returns its outcome. */
    public Outcome await(Duration timeout) throws Exception {
      ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return outcome.get(1, TimeUnit.SECONDS);
    }
  }

  /** Places a call from {@code ssp} and waits (bounded: 15 s) until it is over. */
  public Outcome call(String ssp, String flow, String called, Duration hold) throws Exception {
    SimNode n = net.node(ssp).orElseThrow();
    Ssp logic = (Ssp) n.logic().orElseThrow();
    Result r = new Result();
    Ssp.CallListener l =
        new Ssp.CallListener() {
          @Override
          public void onOutcome(Outcome o) {
            r.onOutcome(o);
          }

          @Override
          public void onEnded() {
            r.onEnded();
          }
        };
    n.execute(() -> logic.placeCall(flow, called, "9992010001", hold, l));
    return r.await(Duration.ofSeconds(15));
  }

  /** Flushes the pcap so far. */
  public void flush() {
    tracer.flush();
  }

  @Override
  public void close() {
    net.close();
    tracer.close();
  }
}
