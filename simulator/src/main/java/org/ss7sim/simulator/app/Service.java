package org.ss7sim.simulator.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.control.ControlServer;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.smsc.Smsc;
import org.ss7sim.simulator.trace.Tracer;
import org.ss7sim.wire.pcap.PcapWriter;

/**
 * A network (or some of its nodes) running as a long-lived service: SMPP open for outside ESMEs,
 * M3UA links to nodes in other processes, until SIGINT/SIGTERM (or a duration), then a clean stop
 * with every SMSC store closed (flushed).
 */
public final class Service {
  private Service() {}

  /**
   * Runs until interrupted or {@code duration} (null: no limit) has passed.
   *
   * @param only the nodes to run here; empty runs every one
   */
  public static void run(
      Network network,
      Set<String> only,
      Duration duration,
      Path pcap,
      Path storeDir,
      PrintWriter out)
      throws Exception {
    run(network, only, duration, pcap, storeDir, null, out);
  }

  /** As above, serving the control API with {@code control} (null: none). */
  public static void run(
      Network network,
      Set<String> only,
      Duration duration,
      Path pcap,
      Path storeDir,
      ControlServer.Options control,
      PrintWriter out)
      throws Exception {
    run(network, only, duration, pcap, storeDir, control, null, out);
  }

  /** As above, waiting at most {@code startTimeout} for the links (null: the network's default). */
  public static void run(
      Network network,
      Set<String> only,
      Duration duration,
      Path pcap,
      Path storeDir,
      ControlServer.Options control,
      Duration startTimeout,
      PrintWriter out)
      throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                stopped.await(15, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              out.flush();
              System.out.flush();
              System.err.flush();
              // a stop asked for is not a failure: exit 0 (the JVM is shutting down already, so a
              // halt; every store was closed by the run before 'stopped')
              Runtime.getRuntime().halt(0);
            },
            "ss7sim-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Tracer tracer = new Tracer(pcap == null ? null : PcapWriter.create(pcap), 0)) {
      NodeKinds kinds = new NodeKinds(network, false, storeDir);
      try (SimNetwork net = Run.start(network, only, tracer, kinds, null, startTimeout);
          ControlServer api = control == null ? null : controlApi(net, kinds, control)) {
        // ESME nodes are scenario load generators: a service leaves SMPP to outside ESMEs.
        net.attach(
            "#subscribers", org.ss7sim.simulator.node.Subscribers.class, kinds.subscribers());
        if (api != null) {
          out.println("control API on http://" + hostPort(api.address()) + "/api");
        }
        for (SimNode n : net.nodes()) {
          if (n.config().kind() == NodeKind.SMSC && n.logic().orElse(null) instanceof Smsc s) {
            out.println(
                n.name()
                    + ": SMPP server listening on "
                    + s.smppAddress()
                    + (s.smppCertificates().isEmpty()
                        ? ""
                        : " (TLS only, certificate SHA-256 "
                            + org.ss7sim.smpp.tls.TlsCredentials.fingerprint(
                                s.smppCertificates().get(0))
                            + ")"));
          }
        }
        net.externalLinks()
            .onChange(
                line -> {
                  synchronized (out) {
                    out.println(line);
                    out.flush();
                  }
                });
        out.println(
            "network "
                + network.name()
                + ": "
                + net.nodes().size()
                + " nodes running; stop with Ctrl-C (SIGINT) or SIGTERM");
        out.flush();
        if (duration == null) {
          stop.await();
        } else {
          stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        }
        out.println("stopping");
        out.flush();
      }
    } finally {
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
  }

  /** The control API; its first traffic source starts the network's ESMEs. */
  private static ControlServer controlApi(
      SimNetwork net, NodeKinds kinds, ControlServer.Options options) throws Exception {
    return ControlServer.start(
        net,
        options,
        () -> {
          try {
            Esmes.start(net, kinds);
          } catch (Exception e) {
            throw new IllegalStateException("ESMEs did not start: " + e.getMessage(), e);
          }
        });
  }

  private static String hostPort(java.net.InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }
}
