package org.ss7sim.simulator.node.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jsmpp.bean.DeliveryReceipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.cli.ExitCode;
import org.ss7sim.simulator.cli.Main;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.network.DemoNetwork;
import org.ss7sim.smpp.tls.TlsCredentials;

/**
 * SMPP over TLS on the SMSC node ({@code tls:} of examples/smpp-tls/network.yaml,
 * docs/security.md): an outside client (jSMPP over a JDK SSLSocket) binds, submits with registered
 * delivery and gets its DELIVRD receipt over TLS; a plain-TCP bind gets no answer and the
 * connection is closed; the simulated ESME connects with TLS, so the example's scenario and {@code
 * demo --tls} succeed.
 */
class SmppTlsListenerTest {
  @TempDir Path dir;

  static Path example(String file) {
    return Path.of(System.getProperty("ss7sim.root", "..")).resolve("examples/smpp-tls/" + file);
  }

  static SSLContext trusting(X509Certificate cert) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("smsc", cert);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  /** bind_transceiver (SMPP 3.4 §4.1.5) as bytes, written by hand. */
  static byte[] bindTransceiver(String systemId, String password) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes((systemId + "\0" + password + "\0\0").getBytes(StandardCharsets.US_ASCII));
    body.write(0x34);
    body.write(0);
    body.write(0);
    body.write(0);
    return ByteBuffer.allocate(16 + body.size())
        .putInt(16 + body.size())
        .putInt(0x00000009)
        .putInt(0)
        .putInt(1)
        .put(body.toByteArray())
        .array();
  }

  @Test
  void jsmpp_gets_a_receipt_over_tls_and_a_plain_tcp_bind_is_refused() throws Exception {
    try (DemoNetwork demo =
        new DemoNetwork(ConfigLoader.loadNetwork(example("network.yaml")), dir)) {
      Smsc smsc = (Smsc) demo.net.node("smsc").orElseThrow().logic().orElseThrow();
      InetSocketAddress address = smsc.smppAddress();
      List<X509Certificate> chain = smsc.smppCertificates();
      assertThat(chain).hasSize(1);
      assertThat(chain.get(0).getSubjectX500Principal().getName()).contains("CN=smsc");
      SSLContext tls = trusting(chain.get(0));

      try (JsmppEsme esme = JsmppEsme.bind(address.getPort(), "outside", tls)) {
        String id = esme.submit("9990110000042", "hello over TLS");
        DeliveryReceipt r = esme.receipt(20);
        assertThat(r).as("receipt over TLS").isNotNull();
        assertThat(r.getFinalStatus().toString()).isEqualTo("DELIVRD");
        assertThat(r.getId()).isEqualTo(id);
      }

      // plain TCP: the listener expects a TLS ClientHello, so the bind gets no bind_resp and the
      // connection is closed (at most a TLS alert comes back)
      try (Socket plain = new Socket("127.0.0.1", address.getPort())) {
        plain.setSoTimeout(10_000);
        plain.getOutputStream().write(bindTransceiver("outside", "secret"));
        byte[] got = readUntilClosed(plain.getInputStream());
        assertThat(got.length < 8 || ByteBuffer.wrap(got).getInt(4) != 0x80000009)
            .as("no bind_transceiver_resp over plain TCP")
            .isTrue();
      }

      // TLS that does not trust the SMSC's certificate: the handshake fails
      SSLContext untrusted =
          trusting(
              TlsCredentials.selfSigned(
                      "other",
                      List.of("localhost"),
                      java.time.Instant.now(),
                      java.time.Duration.ofDays(1))
                  .certificate());
      assertThatThrownBy(
              () -> {
                try (SSLSocket s =
                    (SSLSocket)
                        untrusted.getSocketFactory().createSocket("127.0.0.1", address.getPort())) {
                  s.startHandshake();
                }
              })
          .isInstanceOf(SSLHandshakeException.class);
    }
  }

  private static byte[] readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[256];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        if (out.size() > 4096) {
          break;
        }
      }
    } catch (java.net.SocketException reset) {
      // closed by the peer with a reset: refused as well
    }
    return out.toByteArray();
  }

  @Test
  void the_simulated_esme_submits_over_tls_in_the_example_and_in_demo_tls() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path json = dir.resolve("tls.json");
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "run",
            example("network.yaml").toString(),
            example("sms.yaml").toString(),
            "--json",
            json.toString(),
            "--store-dir",
            dir.toString());
    assertThat(code).as(out + "\n" + err).isEqualTo(ExitCode.OK);
    JsonNode sms = new ObjectMapper().readTree(json.toFile()).at("/scenarios/0");
    assertThat(sms.get("succeeded").asInt()).isEqualTo(20);

    StringWriter demoOut = new StringWriter();
    StringWriter demoErr = new StringWriter();
    int demo =
        Main.run(
            new PrintWriter(demoOut, true),
            new PrintWriter(demoErr, true),
            "demo",
            "--tls",
            "--calls",
            "0",
            "--sms",
            "3");
    assertThat(demo).as(demoOut + "\n" + demoErr).isEqualTo(ExitCode.OK);
  }
}
