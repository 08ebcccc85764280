package org.ss7sim.bench.smpp;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.LoadResult;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/**
 * Bounded load run: submit_sm → submit_sm_resp per second over one and over several binds on
 * loopback, our windowed ESME client against our server accepting into memory.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.ss7sim.bench.smpp.SmppLoadMain [messagesPerRun] [window]
 *     [serverThreads] [clientThreads]
 * </pre>
 */
public final class SmppLoadMain {
  private SmppLoadMain() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int window = args.length > 1 ? Integer.parseInt(args[1]) : 512;
    int serverThreads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int clientThreads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    SubmitSm message =
        SubmitSm.of(
            Address.international("0015550100"),
            Address.international("0015550199"),
            DataCoding.SMSC_DEFAULT,
            Octets.wrap(
                "Benchmark message of a typical length for an SMS, 60 chars"
                    .getBytes(StandardCharsets.US_ASCII)));
    try (StreamEventLoops serverLoops = StreamEventLoops.create(serverThreads, "smsc");
        StreamEventLoops clientLoops = StreamEventLoops.create(clientThreads, "esme")) {
      EsmeAccount account = EsmeAccount.of("bench", "bench").withMaxBinds(16);
      MemorySmsc smsc = new MemorySmsc(Integer.MAX_VALUE, false);
      SmppServer server =
          new SmppServer(SmppServerConfig.defaults("SS7SIM", account).withWindowSize(window), smsc);
      InetSocketAddress address =
          server.listen(serverLoops, new InetSocketAddress("127.0.0.1", 0), Optional.empty());
      System.out.printf(
          "window %d, server threads %d, client threads %d%n",
          window, serverThreads, clientThreads);
      run("warm-up, 1 bind", address, 1, messages / 4, window, message);
      run("warm-up, 4 binds", address, 4, messages / 4, window, message);
      for (int rep = 1; rep <= 3; rep++) {
        run("1 bind, run " + rep, address, 1, messages, window, message);
      }
      for (int rep = 1; rep <= 3; rep++) {
        run("4 binds, run " + rep, address, 4, messages, window, message);
      }
      System.out.printf(
          "server accepted %d, rejected %d%n",
          server.counters().submitsAccepted(), server.counters().submitsRejected());
      server.close();
    }
  }

  private static void run(
      String name, InetSocketAddress address, int binds, int messages, int window, SubmitSm message)
      throws Exception {
    try (StreamEventLoops loops = StreamEventLoops.create(1, "esme-run")) {
      List<SmppClient> clients = new ArrayList<>();
      for (int i = 0; i < binds; i++) {
        SmppClient c =
            new SmppClient(
                loops,
                SmppClientConfig.of(address, "bench", "bench", BindType.TRANSMITTER)
                    .withWindowSize(window),
                new EsmeListener() {});
        c.start().get(10, TimeUnit.SECONDS);
        clients.add(c);
      }
      int perBind = messages / binds;
      long start = System.nanoTime();
      List<CompletableFuture<LoadResult>> runs = new ArrayList<>();
      for (SmppClient c : clients) {
        runs.add(c.submitAtRate(i -> message, perBind, 1e9));
      }
      int accepted = 0;
      int rejected = 0;
      for (CompletableFuture<LoadResult> f : runs) {
        LoadResult r = f.get(10, TimeUnit.MINUTES);
        accepted += r.accepted();
        rejected += r.completed() - r.accepted();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%-18s %9d submit_sm in %6.2f s = %9.0f submit_sm_resp/s (rejected %d)%n",
          name, accepted, seconds, (accepted + rejected) / seconds, rejected);
      for (SmppClient c : clients) {
        c.close();
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }
}
