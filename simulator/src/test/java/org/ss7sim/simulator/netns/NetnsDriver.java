package org.ss7sim.simulator.netns;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ss7sim.m3ua.asp.AspState;
import org.ss7sim.simulator.app.Esmes;
import org.ss7sim.simulator.app.NodeKinds;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Link;
import org.ss7sim.simulator.config.network.Network;
import org.ss7sim.simulator.config.scenario.Alphabet;
import org.ss7sim.simulator.config.scenario.TrafficOptions.SmsOptions;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.AttemptListener;
import org.ss7sim.simulator.node.Outcome;
import org.ss7sim.simulator.node.smsc.Esme;
import org.ss7sim.simulator.node.ssp.Ssp;

/**
 * The traffic end of {@link NetnsMultiProcessTest}, run in its own network namespace: the switch
 * that places the calls and the ESME that submits the short messages. Reads commands on stdin and
 * answers one line each:
 *
 * <pre>
 *   links            -> "links up" once every link of the switch is ASP-ACTIVE (at most 60 s), else "links down …"
 *   reachable PC     -> "reachable PC yes" once the switch's MTP has the point code PC accessible
 *                       again (its STPs' DAVA, RFC 4666 §4.5.1), at most 60 s, else "reachable PC no"
 *   call N CALLED    -> "call N ok K" (K of N answered), one call at a time, each bounded by 15 s
 *   sms N TO         -> "sms N ok K" (K of N delivered, receipt DELIVRD), each bounded by 20 s
 * </pre>
 */
public final class NetnsDriver {
  private NetnsDriver() {}

  public static void main(String[] args) throws Exception {
    Network network = ConfigLoader.loadNetwork(Path.of(args[0]));
    String sspName = args[1];
    NodeKinds kinds = new NodeKinds(network, true, Path.of("."));
    try (SimNetwork net = SimNetwork.start(network, Set.of(sspName), null, kinds::logicFor)) {
      SimNode ssp = net.node(sspName).orElseThrow();
      Esme esme = null;
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("driver ready");
      System.out.flush();
      String line;
      while ((line = in.readLine()) != null) {
        String[] w = line.trim().split(" ");
        switch (w[0]) {
          case "links" -> System.out.println(awaitLinks(ssp));
          case "reachable" ->
              System.out.println(
                  "reachable "
                      + w[1]
                      + (awaitReachable(ssp, Integer.parseInt(w[1])) ? " yes" : " no"));
          case "call" ->
              System.out.println(
                  "call " + w[1] + " ok " + calls(ssp, Integer.parseInt(w[1]), w[2]));
          case "sms" -> {
            if (esme == null) {
              Esmes.start(net, kinds);
              esme =
                  net.attachment(
                          network.nodes().stream()
                              .filter(
                                  n ->
                                      n.kind() == org.ss7sim.simulator.config.network.NodeKind.ESME)
                              .findFirst()
                              .orElseThrow()
                              .name(),
                          Esme.class)
                      .orElseThrow();
            }
            System.out.println("sms " + w[1] + " ok " + sms(esme, Integer.parseInt(w[1]), w[2]));
          }
          case "quit" -> {
            return;
          }
          default -> System.out.println("unknown command " + line);
        }
        System.out.flush();
      }
    }
  }

  private static String awaitLinks(SimNode ssp) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String down = "";
    while (System.nanoTime() < deadline) {
      down = "";
      for (Link l : ssp.config().links()) {
        AspState s = ssp.call(() -> ssp.m3ua().linkState(l.name()));
        if (s != AspState.ASP_ACTIVE) {
          down += " " + l.name() + "=" + s;
        }
      }
      if (down.isEmpty()) {
        return "links up";
      }
      Thread.sleep(100);
    }
    return "links down" + down;
  }

  private static boolean awaitReachable(SimNode ssp, int pc) throws Exception {
    org.ss7sim.mtp.PointCode dpc =
        new org.ss7sim.mtp.PointCode(ssp.m3ua().localPointCode().format(), pc);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (ssp.call(() -> ssp.m3ua().accessible(dpc))) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static int calls(SimNode node, int n, String calledPrefix) throws Exception {
    Ssp ssp = (Ssp) node.logic().orElseThrow();
    int ok = 0;
    for (int i = 0; i < n; i++) {
      CompletableFuture<Outcome> outcome = new CompletableFuture<>();
      CompletableFuture<Void> ended = new CompletableFuture<>();
      String called = calledPrefix + String.format("%03d", i);
      node.execute(
          () ->
              ssp.placeCall(
                  "netns-call",
                  called,
                  "99920001999",
                  Duration.ofMillis(100),
                  new Ssp.CallListener() {
                    @Override
                    public void onOutcome(Outcome o) {
                      outcome.complete(o);
                    }

                    @Override
                    public void onEnded() {
                      ended.complete(null);
                    }
                  }));
      try {
        ended.get(15, TimeUnit.SECONDS);
        if (outcome.get().success()) {
          ok++;
        }
      } catch (java.util.concurrent.TimeoutException e) {
        // counted as not answered
      }
    }
    return ok;
  }

  private static int sms(Esme esme, int n, String to) throws Exception {
    int ok = 0;
    SmsOptions o = new SmsOptions("1000", Optional.of("netns"), 5, Alphabet.GSM7, true);
    for (int i = 0; i < n; i++) {
      CompletableFuture<Outcome> outcome = new CompletableFuture<>();
      esme.submit(
          "netns-sms",
          to,
          o,
          new AttemptListener() {
            @Override
            public void onOutcome(Outcome r) {
              outcome.complete(r);
            }

            @Override
            public void onEnded() {}
          });
      try {
        if (outcome.get(20, TimeUnit.SECONDS).success()) {
          ok++;
        }
      } catch (java.util.concurrent.TimeoutException e) {
        // counted as not delivered
      }
    }
    return ok;
  }
}
