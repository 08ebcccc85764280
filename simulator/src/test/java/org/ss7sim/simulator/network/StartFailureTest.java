package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.Network;

/**
 * A start whose links do not all come up in time ends with one line naming each link still down,
 * its state and why; {@code ss7sim run} prints it and exits 2 (before: {@code internal error:
 * IllegalStateException}, exit 1).
 */
class StartFailureTest {
  @TempDir Path dir;

  /** The STP admits only 192.0.2.1 on a's link (not validated here: the validator rejects it). */
  private static final String BLOCKED =
      """
      name: blocked
      nodes:
        - name: stp
          kind: stp
          point_code: 1-1-1
          links:
            - {peer: a, listen: true, allowed_peers: 192.0.2.1}
            - {peer: b, listen: true}
        - {name: a, kind: ssp, point_code: 1-1-2}
        - {name: b, kind: ssp, point_code: 1-1-3}
      """;

  @Test
  void a_link_that_never_comes_up_is_named_with_its_state_and_why() throws Exception {
    Network net = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("b.yaml"), BLOCKED));
    long t0 = System.nanoTime();
    assertThatThrownBy(
            () -> SimNetwork.start(net, Set.of(), null, null, null, Duration.ofSeconds(2)).close())
        .isInstanceOf(LinksNotActiveException.class)
        .satisfies(
            e -> {
              String m = e.getMessage();
              assertThat(m.lines()).as(m).hasSize(1);
              assertThat(m)
                  .startsWith("1 of 2 links not active after 2 s: a/a-stp to stp (tcp 127.0.0.1:")
                  .contains(
                      "): ASP-DOWN, stp refused: an association from an address not allowed for"
                          + " this link: closed (")
                  .doesNotContain("b/");
              assertThat(((LinksNotActiveException) e).down()).hasSize(1);
            });
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void nodes_whose_set_up_is_late_are_named_in_one_line() throws Exception {
    String text =
        """
        name: slow
        nodes:
          - {name: stp, kind: stp, point_code: 1-1-1}
          - {name: a, kind: ssp, point_code: 1-1-2, peers: [stp]}
          - {name: b, kind: ssp, point_code: 1-1-3, peers: [stp]}
        """;
    Network net = ConfigLoader.loadNetwork(Files.writeString(dir.resolve("s.yaml"), text));
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    NodeLogic slow =
        new NodeLogic() {
          @Override
          public void start(SimNode node) throws Exception {
            // a loop kept busy past the limit (an overloaded machine), bounded
            release.await(3, java.util.concurrent.TimeUnit.SECONDS);
          }

          @Override
          public void stop() {}
        };
    try {
      assertThatThrownBy(
              () ->
                  SimNetwork.start(
                          net,
                          Set.of(),
                          null,
                          n -> n.name().equals("a") ? slow : null,
                          null,
                          Duration.ofSeconds(5),
                          Duration.ofMillis(500))
                      .close())
          .isInstanceOf(NodesNotStartedException.class)
          .satisfies(
              e -> {
                String m = e.getMessage();
                assertThat(m.lines()).as(m).hasSize(1);
                assertThat(m).startsWith("1 of 3 nodes not set up after 0.5 s").endsWith(": a");
                assertThat(((NodesNotStartedException) e).pending()).containsExactly("a");
              });
    } finally {
      release.countDown();
    }
  }

  @Test
  void run_names_the_links_down_in_one_line_and_exits_2() throws Exception {
    Path file = dir.resolve("n200.yaml");
    int generated =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            "generate",
            "--out",
            file.toString(),
            "--switches-per-pair",
            "190",
            "--hlrs",
            "4",
            "--smpp-port",
            "0");
    assertThat(generated).isZero();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    // 1 ms is far too short for 200 nodes to bring ~400 links up: the start fails. (With 50
    // nodes, every link was once up by the time the nodes' own set-up had ended.)
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            file.toString(),
            "--duration",
            "1s",
            "--no-control",
            "--start-timeout",
            "1ms");
    String e = err.toString().strip();
    assertThat(code).as(out + "\n" + e).isEqualTo(2);
    assertThat(e.lines().filter(l -> !l.isBlank())).as(e).hasSize(1);
    assertThat(e)
        .matches("run: \\d+ of \\d+ links? not active after 1 ms: .+ to .+ \\(tcp .+\\): ASP-.+")
        .doesNotContain("internal error", "Exception");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(60));
  }
}
