package org.ss7sim.transport.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many users that come and go on one bounded pool ({@link StreamEventLoops.Shared}): twenty servers
 * with a client each run their connections on the pool's threads, a user's close leaves the others
 * running, and the threads end with the last lease.
 */
class SharedStreamLoopsTest {
  private static final StreamOptions OPTIONS =
      StreamOptions.plain(StreamFraming.lengthFirst(4, 1024));

  private static Set<Thread> poolThreads(String prefix) {
    Set<Thread> out = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith(prefix)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Accepts a connection and records the thread its events run on. */
  private static StreamAcceptor recording(Set<Thread> threads, CompletableFuture<Void> up) {
    return c -> {
      threads.add(Thread.currentThread());
      up.complete(null);
      return new StreamHandler() {
        @Override
        public void onMessage(org.ss7sim.wire.Octets message) {}

        @Override
        public void onDown() {}
      };
    };
  }

  @Test
  void twenty_servers_and_clients_on_two_threads_which_end_with_the_last_lease() throws Exception {
    StreamEventLoops.Shared pool = new StreamEventLoops.Shared(2, "shared-test");
    List<StreamEventLoops> leases = new ArrayList<>();
    List<StreamServer> servers = new ArrayList<>();
    Set<Thread> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try {
      List<CompletableFuture<Void>> ups = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        StreamEventLoops server = pool.take();
        StreamEventLoops client = pool.take();
        leases.add(server);
        leases.add(client);
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        CompletableFuture<Void> connected = new CompletableFuture<>();
        StreamServer s =
            StreamServer.bind(
                server, OPTIONS, new InetSocketAddress("127.0.0.1", 0), recording(used, accepted));
        servers.add(s);
        new StreamClient(client, OPTIONS).connect(s.localAddress(), recording(used, connected));
        ups.add(accepted);
        ups.add(connected);
      }
      CompletableFuture.allOf(ups.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
      assertThat(pool.leases()).isEqualTo(40);
      assertThat(used).as("40 users' connections on the pool's threads").hasSize(2);
      assertThat(poolThreads("shared-test")).hasSize(2);

      // one user leaves: the others keep their threads and connections
      servers.get(0).close();
      leases.get(0).close();
      leases.get(0).close(); // twice: given back once
      assertThat(pool.leases()).isEqualTo(39);
      assertThat(servers.get(1).connectionCount()).isEqualTo(1);
      assertThat(poolThreads("shared-test")).hasSize(2);
    } finally {
      servers.forEach(StreamServer::close);
      leases.forEach(StreamEventLoops::close);
    }
    assertThat(pool.leases()).isZero();
    // the group's termination completes as each thread finishes: wait (bounded) for them to be gone
    for (Thread t : poolThreads("shared-test")) {
      t.join(5_000);
    }
    assertThat(poolThreads("shared-test")).as("threads end with the last lease").isEmpty();

    // a pool left by all may be taken again: fresh threads
    try (StreamEventLoops again = pool.take()) {
      CompletableFuture<Void> ran = new CompletableFuture<>();
      again.timers().schedule(java.time.Duration.ZERO, () -> ran.complete(null));
      ran.get(5, TimeUnit.SECONDS);
    }
    assertThat(pool.leases()).isZero();
  }
}
