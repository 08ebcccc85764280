package org.ss7sim.transport.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

class StreamTransportTest {
  private static final InetSocketAddress ANY_LOCAL = new InetSocketAddress("127.0.0.1", 0);
  private static final StreamFraming SMPP_LIKE = StreamFraming.lengthFirst(16, 4096);

  private StreamEventLoops loops;

  @BeforeEach
  void start() {
    loops = StreamEventLoops.create(2, "stream-test");
  }

  @AfterEach
  void stop() {
    loops.close();
  }

  /** A message of {@code length} octets: the length field first, then a counter pattern. */
  private static Octets message(int length, int tag) {
    WireWriter w = new WireWriter(length);
    w.writeU32(length);
    for (int i = 4; i < length; i++) {
      w.writeU8((tag + i) & 0xff);
    }
    return w.toOctets();
  }

  private static StreamAcceptor echo() {
    return c ->
        new StreamHandler() {
          @Override
          public void onMessage(Octets m) {
            c.send(m);
          }

          @Override
          public void onDown() {}
        };
  }

  private static final class Recorder implements StreamHandler {
    final BlockingQueue<Octets> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<Long> framingErrors = new LinkedBlockingQueue<>();
    final BlockingQueue<Boolean> down = new LinkedBlockingQueue<>();

    @Override
    public void onMessage(Octets message) {
      messages.add(message);
    }

    @Override
    public void onDown() {
      down.add(true);
    }

    @Override
    public void onFramingError(long declaredLength, Octets prefix) {
      framingErrors.add(declaredLength);
    }
  }

  @Nested
  class Framing {
    @Test
    void messages_of_many_sizes_come_back_whole_and_in_order() throws Exception {
      try (StreamServer server =
          StreamServer.bind(loops, StreamOptions.plain(SMPP_LIKE), ANY_LOCAL, echo())) {
        Recorder rec = new Recorder();
        StreamConnection c =
            new StreamClient(loops, StreamOptions.plain(SMPP_LIKE))
                .connect(server.localAddress(), x -> rec)
                .get(5, TimeUnit.SECONDS);
        List<Octets> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          Octets m = message(16 + (i * 37) % 4000, i);
          sent.add(m);
          c.send(m);
        }
        for (Octets expected : sent) {
          assertThat(rec.messages.poll(5, TimeUnit.SECONDS)).isEqualTo(expected);
        }
        c.close();
        assertThat(rec.down.poll(5, TimeUnit.SECONDS)).isTrue();
      }
    }

    @Test
    void
        a_length_above_the_maximum_is_reported_and_the_connection_closed_but_the_server_keeps_serving()
            throws Exception {
      Recorder serverSide = new Recorder();
      try (StreamServer server =
          StreamServer.bind(loops, StreamOptions.plain(SMPP_LIKE), ANY_LOCAL, c -> serverSide)) {
        Recorder rec = new Recorder();
        StreamClient client = new StreamClient(loops, StreamOptions.plain(SMPP_LIKE));
        StreamConnection bad =
            client.connect(server.localAddress(), x -> rec).get(5, TimeUnit.SECONDS);
        bad.send(Octets.fromHex("f000001100000110000000000a342ee7"));
        assertThat(serverSide.framingErrors.poll(5, TimeUnit.SECONDS)).isEqualTo(0xf0000011L);
        assertThat(rec.down.poll(5, TimeUnit.SECONDS)).isTrue();
        assertThat(server.counters().framingErrors()).isEqualTo(1);

        Recorder rec2 = new Recorder();
        StreamConnection good =
            client.connect(server.localAddress(), x -> rec2).get(5, TimeUnit.SECONDS);
        good.send(message(20, 1));
        assertThat(serverSide.messages.poll(5, TimeUnit.SECONDS)).isEqualTo(message(20, 1));
      }
    }

    @Test
    void a_length_below_the_minimum_is_a_framing_error() throws Exception {
      Recorder serverSide = new Recorder();
      try (StreamServer server =
          StreamServer.bind(loops, StreamOptions.plain(SMPP_LIKE), ANY_LOCAL, c -> serverSide)) {
        StreamConnection c =
            new StreamClient(loops, StreamOptions.plain(SMPP_LIKE))
                .connect(server.localAddress(), x -> new Recorder())
                .get(5, TimeUnit.SECONDS);
        c.send(Octets.fromHex("0000000c0000001500000000"));
        assertThat(serverSide.framingErrors.poll(5, TimeUnit.SECONDS)).isEqualTo(12L);
        assertThat(serverSide.down.poll(5, TimeUnit.SECONDS)).isTrue();
      }
    }

    @Test
    void the_length_field_may_sit_at_an_offset() throws Exception {
      StreamFraming m3uaLike = new StreamFraming(4, 8, 1024);
      try (StreamServer server =
          StreamServer.bind(loops, StreamOptions.plain(m3uaLike), ANY_LOCAL, echo())) {
        Recorder rec = new Recorder();
        StreamConnection c =
            new StreamClient(loops, StreamOptions.plain(m3uaLike))
                .connect(server.localAddress(), x -> rec)
                .get(5, TimeUnit.SECONDS);
        Octets aspUp = Octets.fromHex("0100030100000008");
        c.send(aspUp.concat(aspUp));
        assertThat(rec.messages.poll(5, TimeUnit.SECONDS)).isEqualTo(aspUp);
        assertThat(rec.messages.poll(5, TimeUnit.SECONDS)).isEqualTo(aspUp);
      }
    }
  }

  @Nested
  class Timers {
    @Test
    void connection_timers_run_on_the_event_loop() throws Exception {
      BlockingQueue<Boolean> ran = new LinkedBlockingQueue<>();
      try (StreamServer server =
          StreamServer.bind(loops, StreamOptions.plain(SMPP_LIKE), ANY_LOCAL, echo())) {
        StreamConnection c =
            new StreamClient(loops, StreamOptions.plain(SMPP_LIKE))
                .connect(server.localAddress(), x -> new Recorder())
                .get(5, TimeUnit.SECONDS);
        c.timers().schedule(java.time.Duration.ofMillis(10), () -> ran.add(c.inEventLoop()));
        assertThat(ran.poll(5, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  @Nested
  class LoopTimers {
    @Test
    void event_loop_timers_run_tasks_without_a_connection() throws Exception {
      BlockingQueue<String> ran = new LinkedBlockingQueue<>();
      loops
          .timers()
          .schedule(
              java.time.Duration.ofMillis(5), () -> ran.add(Thread.currentThread().getName()));
      assertThat(ran.poll(5, TimeUnit.SECONDS)).startsWith("stream-test");
    }
  }

  @Nested
  class Tls {
    @TempDir Path dir;

    private SSLContext context(Path keystore) throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        ks.load(in, "changeit".toCharArray());
      }
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, "changeit".toCharArray());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    }

    @Test
    void messages_cross_a_tls_connection_with_a_self_signed_certificate() throws Exception {
      Path keystore = TestCertificates.selfSigned(dir);
      SSLContext ctx = context(keystore);
      StreamOptions tls = StreamOptions.plain(SMPP_LIKE).withTls(ctx);
      try (StreamServer server = StreamServer.bind(loops, tls, ANY_LOCAL, echo())) {
        Recorder rec = new Recorder();
        StreamConnection c =
            new StreamClient(loops, tls)
                .connect(server.localAddress(), x -> rec)
                .get(5, TimeUnit.SECONDS);
        c.send(message(100, 7));
        c.send(message(3000, 9));
        assertThat(rec.messages.poll(10, TimeUnit.SECONDS)).isEqualTo(message(100, 7));
        assertThat(rec.messages.poll(10, TimeUnit.SECONDS)).isEqualTo(message(3000, 9));
      }
    }
  }
}
