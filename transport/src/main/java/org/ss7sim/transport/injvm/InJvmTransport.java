package org.ss7sim.transport.injvm;

import java.net.InetSocketAddress;
import java.util.Random;
import java.util.concurrent.Executor;
import org.ss7sim.transport.Association;
import org.ss7sim.transport.AssociationConfig;
import org.ss7sim.transport.AssociationListener;
import org.ss7sim.transport.AssociationServer;
import org.ss7sim.transport.Transport;
import org.ss7sim.transport.TransportKind;
import org.ss7sim.wire.time.TimerService;

/**
 * In-JVM associations for one node: listener calls run on {@code executor} (the node's owning
 * thread, or a {@link Trampoline} in single-threaded tests), delays and reconnects on {@code
 * timers}. Nodes that talk to each other share one {@link InJvmNetwork}.
 */
public final class InJvmTransport implements Transport {
  private final InJvmNetwork network;
  private final TimerService timers;
  private final Executor executor;
  private volatile InJvmFaults faults = InJvmFaults.NONE;
  private Random random = new Random(InJvmFaults.NONE.seed());

  public InJvmTransport(InJvmNetwork network, TimerService timers, Executor executor) {
    this.network = network;
    this.timers = timers;
    this.executor = executor;
  }

  /** Injects {@code faults} into every message this node sends from now on. */
  public synchronized void faults(InJvmFaults faults) {
    this.faults = faults;
    this.random = new Random(faults.seed());
  }

  InJvmFaults faults() {
    return faults;
  }

  synchronized boolean lose() {
    return random.nextDouble() < faults.lossProbability();
  }

  InJvmNetwork network() {
    return network;
  }

  TimerService timers() {
    return timers;
  }

  Executor executor() {
    return executor;
  }

  @Override
  public TransportKind kind() {
    return TransportKind.IN_JVM;
  }

  @Override
  public Association connect(AssociationConfig config, AssociationListener listener) {
    if (config.remoteAddresses().isEmpty()) {
      throw new IllegalArgumentException(
          "client association needs a remote address: " + config.name());
    }
    InJvmAssociation a = new InJvmAssociation(this, config.name(), listener, config, null);
    executor.execute(a::attempt);
    return a;
  }

  @Override
  public AssociationServer listen(AssociationConfig config, AssociationListener listener) {
    InetSocketAddress local =
        config.localAddresses().isEmpty()
            ? new InetSocketAddress("127.0.0.1", 0)
            : config.localAddresses().get(0);
    int port = local.getPort() == 0 ? network.ephemeralPort() : local.getPort();
    InetSocketAddress bound = InetSocketAddress.createUnresolved(local.getHostString(), port);
    InJvmServer server = new InJvmServer(this, config.name(), bound, listener);
    network.bind(port, server);
    return server;
  }
}
