package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppClient;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.ssl.SslConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.smpp.tls.SmppTls;
import org.ss7sim.smpp.tls.TlsCredentials;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/**
 * SMPP over TLS (issue 18): the SMSC on a TLS port with a BouncyCastle self-signed certificate, a
 * PEM pair or a PKCS#12 file; clients: ours, {@code openssl s_client} (bytes written here), jSMPP
 * and Cloudhopper; client certificates pinned per account.
 */
class SmppTlsTest {
  private static final TlsCredentials SMSC =
      TlsCredentials.selfSigned(
          "ss7sim-smsc", List.of("localhost", "127.0.0.1"), Instant.now(), Duration.ofDays(2));
  private static final TlsCredentials ESME_CERT =
      TlsCredentials.selfSigned("esme-cert", List.of(), Instant.now(), Duration.ofDays(2));

  @TempDir Path dir;
  private StreamEventLoops loops;
  private SmppServer server;
  private InetSocketAddress address;

  @BeforeEach
  void start() {
    loops = StreamEventLoops.create(1, "tls-test");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    loops.close();
  }

  private void listen(TlsCredentials credentials) {
    server =
        new SmppServer(
            SmppServerConfig.defaults(
                "SS7SIM",
                EsmeAccount.of("esme1", "secret"),
                EsmeAccount.of("pinned", "secret")
                    .withClientCertificate(TlsCredentials.fingerprint(ESME_CERT.certificate()))),
            new MemorySmsc(100, false));
    address =
        server.listen(
            loops, new InetSocketAddress("127.0.0.1", 0), Optional.of(SmppTls.server(credentials)));
  }

  @Test
  void engines_offer_only_tls_1_3_and_1_2_and_the_server_asks_for_a_client_certificate() {
    javax.net.ssl.SSLEngine server = SmppTls.server(SMSC).createSSLEngine();
    assertThat(server.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    assertThat(server.getWantClientAuth()).isTrue();
    assertThat(server.getNeedClientAuth()).isFalse();
    javax.net.ssl.SSLEngine client =
        SmppTls.client(List.of(SMSC.certificate()), Optional.empty())
            .createSSLEngine("127.0.0.1", 2776);
    assertThat(client.getEnabledProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
  }

  // ---- our client ---------------------------------------------------------------------------

  @Test
  void our_client_binds_and_submits_over_tls_to_a_self_signed_smsc() throws Exception {
    listen(SMSC);
    SmppClient client =
        new SmppClient(
            loops,
            SmppClientConfig.of(
                    address, "esme1", "secret", org.ss7sim.smpp.pdu.BindType.TRANSCEIVER)
                .withTls(SmppTls.client(List.of(SMSC.certificate()), Optional.empty())),
            new EsmeListener() {});
    try {
      client.start().get(10, TimeUnit.SECONDS);
      SubmitSm sm =
          SubmitSm.of(
              Address.international("15550100"),
              Address.international("15550199"),
              DataCoding.SMSC_DEFAULT,
              Octets.fromHex("48656c6c6f"));
      assertThat(client.submit(sm).get(10, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.OK);
    } finally {
      client.close();
    }
  }

  @Test
  void a_client_that_does_not_trust_the_certificate_never_binds() {
    listen(SMSC);
    SSLContext other =
        SmppTls.client(List.of(ESME_CERT.certificate()), Optional.empty()); // trusts another cert
    assertThatThrownBy(() -> rawBind(other, "esme1", "secret")).isInstanceOf(IOException.class);
  }

  @Test
  void pem_files_are_loaded() throws Exception {
    Path cert = dir.resolve("smsc.crt");
    Path key = dir.resolve("smsc.key");
    Files.writeString(cert, SMSC.certificatesPem());
    Files.writeString(key, SMSC.privateKeyPem());
    TlsCredentials loaded = TlsCredentials.fromPem(cert, key, null);
    assertThat(loaded.certificate()).isEqualTo(SMSC.certificate());
    listen(loaded);
    assertThat(
            rawBind(
                SmppTls.client(List.of(SMSC.certificate()), Optional.empty()), "esme1", "secret"))
        .isZero();
  }

  @Test
  void a_pem_file_without_a_key_is_reported_with_its_name() throws Exception {
    Path cert = dir.resolve("only.crt");
    Files.writeString(cert, SMSC.certificatesPem());
    assertThatThrownBy(() -> TlsCredentials.fromPem(cert, cert, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only.crt")
        .hasMessageContaining("no PRIVATE KEY");
  }

  @Test
  void a_pkcs12_file_is_loaded() throws Exception {
    Path p12 = dir.resolve("smsc.p12");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(
        "smsc",
        SMSC.key(),
        "changeit".toCharArray(),
        new java.security.cert.Certificate[] {SMSC.certificate()});
    try (OutputStream out = Files.newOutputStream(p12)) {
      ks.store(out, "changeit".toCharArray());
    }
    TlsCredentials loaded = TlsCredentials.fromPkcs12(p12, "changeit".toCharArray());
    assertThat(loaded.certificate()).isEqualTo(SMSC.certificate());
    listen(loaded);
    assertThat(
            rawBind(
                SmppTls.client(List.of(SMSC.certificate()), Optional.empty()), "esme1", "secret"))
        .isZero();
  }

  // ---- client certificates ------------------------------------------------------------------

  @Test
  void a_pinned_account_binds_only_with_its_client_certificate() throws Exception {
    listen(SMSC);
    SSLContext withCert = SmppTls.client(List.of(SMSC.certificate()), Optional.of(ESME_CERT));
    SSLContext without = SmppTls.client(List.of(SMSC.certificate()), Optional.empty());
    SSLContext otherCert =
        SmppTls.client(
            List.of(SMSC.certificate()),
            Optional.of(
                TlsCredentials.selfSigned(
                    "intruder", List.of(), Instant.now(), Duration.ofDays(1))));
    assertThat(rawBind(withCert, "pinned", "secret")).isZero();
    assertThat(rawBind(without, "pinned", "secret")).isEqualTo(CommandStatus.BIND_FAILED.code());
    assertThat(rawBind(otherCert, "pinned", "secret")).isEqualTo(CommandStatus.BIND_FAILED.code());
    // accounts without a pin do not care about a certificate offered
    assertThat(rawBind(withCert, "esme1", "secret")).isZero();
  }

  // ---- openssl s_client ---------------------------------------------------------------------

  @Test
  void openssl_s_client_binds_over_tls_1_3_and_tls_1_2() throws Exception {
    String openssl = openssl();
    listen(SMSC);
    for (String version : List.of("-tls1_3", "-tls1_2")) {
      byte[] out = sClient(openssl, version, List.of());
      ByteBuffer b = ByteBuffer.wrap(out);
      assertThat(out.length).as(version + ": bytes back").isGreaterThanOrEqualTo(32);
      int length = b.getInt(0);
      assertThat(b.getInt(4)).as(version + " command_id").isEqualTo(0x80000002); // bind_tx_resp
      assertThat(b.getInt(8)).as(version + " command_status").isZero();
      assertThat(b.getInt(12)).isEqualTo(1);
      assertThat(new String(out, 16, length - 17, StandardCharsets.US_ASCII)).startsWith("SS7SIM");
      assertThat(b.getInt(length + 4)).as(version + " unbind_resp").isEqualTo(0x80000006);
    }
  }

  @Test
  void openssl_s_client_with_the_pinned_certificate_binds_the_pinned_account() throws Exception {
    String openssl = openssl();
    listen(SMSC);
    Path cert = dir.resolve("esme.crt");
    Path key = dir.resolve("esme.key");
    Files.writeString(cert, ESME_CERT.certificatesPem());
    Files.writeString(key, ESME_CERT.privateKeyPem());
    byte[] out =
        sClient(
            openssl,
            "-tls1_3",
            List.of("-cert", cert.toString(), "-key", key.toString()),
            "pinned");
    assertThat(ByteBuffer.wrap(out).getInt(8)).isZero();
    byte[] refused = sClient(openssl, "-tls1_3", List.of(), "pinned");
    assertThat(ByteBuffer.wrap(refused).getInt(8)).isEqualTo(CommandStatus.BIND_FAILED.code());
  }

  private static String openssl() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, "openssl"))) {
        return Path.of(d, "openssl").toString();
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("openssl is not installed, and CI=true requires it");
    }
    Assumptions.abort("openssl is not installed");
    return null;
  }

  private byte[] sClient(String openssl, String version, List<String> extra) throws Exception {
    return sClient(openssl, version, extra, "esme1");
  }

  /** Runs s_client with a bind_transmitter then unbind written by hand on stdin. */
  private byte[] sClient(String openssl, String version, List<String> extra, String systemId)
      throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                openssl,
                "s_client",
                "-connect",
                "127.0.0.1:" + address.getPort(),
                version,
                "-quiet"));
    cmd.addAll(extra);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(bindTransmitter(systemId, "secret", 1));
      in.write(Octets.fromHex("00000010000000060000000000000002").toByteArray()); // unbind
      in.flush();
      byte[] out = readAll(p.getInputStream(), p);
      return out;
    } finally {
      p.destroyForcibly();
    }
  }

  /** Reads until the SMSC closes after unbind_resp (s_client then exits), or 20 s. */
  private static byte[] readAll(InputStream in, Process p) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    byte[] buf = new byte[4096];
    while (System.nanoTime() < deadline) {
      if (in.available() > 0) {
        int n = in.read(buf);
        if (n < 0) {
          break;
        }
        out.write(buf, 0, n);
      } else if (!p.isAlive()) {
        int n;
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
        }
        break;
      } else {
        p.waitFor(20, TimeUnit.MILLISECONDS);
      }
    }
    return out.toByteArray();
  }

  // ---- jSMPP and Cloudhopper ----------------------------------------------------------------

  @Test
  void jsmpp_binds_and_submits_over_tls() throws Exception {
    listen(SMSC);
    SSLContext jdk = jdkTrusting(SMSC);
    SMPPSession session =
        new SMPPSession(
            (host, port) -> new SocketConnection(jdk.getSocketFactory().createSocket(host, port)));
    try {
      session.connectAndBind(
          "127.0.0.1",
          address.getPort(),
          new BindParameter(
              BindType.BIND_TX,
              "esme1",
              "secret",
              "",
              TypeOfNumber.UNKNOWN,
              NumberingPlanIndicator.UNKNOWN,
              null),
          5000);
      String id =
          session
              .submitShortMessage(
                  "",
                  TypeOfNumber.INTERNATIONAL,
                  NumberingPlanIndicator.ISDN,
                  "15550100",
                  TypeOfNumber.INTERNATIONAL,
                  NumberingPlanIndicator.ISDN,
                  "15550199",
                  new ESMClass(),
                  (byte) 0,
                  (byte) 1,
                  null,
                  null,
                  new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                  (byte) 0,
                  new GeneralDataCoding(),
                  (byte) 0,
                  "over TLS".getBytes(StandardCharsets.US_ASCII))
              .getMessageId();
      assertThat(id).isNotEmpty();
    } finally {
      session.unbindAndClose();
    }
  }

  @Test
  void cloudhopper_binds_over_tls_verifying_the_certificate_from_a_trust_store() throws Exception {
    listen(SMSC);
    Path trust = dir.resolve("trust.p12");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("smsc", SMSC.certificate());
    try (OutputStream out = Files.newOutputStream(trust)) {
      ks.store(out, "changeit".toCharArray());
    }
    ExecutorService executor = Executors.newCachedThreadPool();
    DefaultSmppClient client = new DefaultSmppClient(executor, 1);
    try {
      SmppSessionConfiguration config = new SmppSessionConfiguration();
      config.setName("cloudhopper-tls");
      config.setType(SmppBindType.TRANSMITTER);
      config.setHost("127.0.0.1");
      config.setPort(address.getPort());
      config.setSystemId("esme1");
      config.setPassword("secret");
      config.setConnectTimeout(5000);
      config.setBindTimeout(5000);
      SslConfiguration ssl = new SslConfiguration();
      ssl.setTrustStorePath(trust.toString());
      ssl.setTrustStorePassword("changeit");
      ssl.setTrustStoreType("PKCS12");
      // Cloudhopper's factory insists on a key store even for a client without a certificate:
      // the trust store (no key entries) serves
      ssl.setKeyStorePath(trust.toString());
      ssl.setKeyStorePassword("changeit");
      ssl.setKeyStoreType("PKCS12");
      // Cloudhopper's Netty 3 SslHandler stalls in a TLS 1.3 handshake: it speaks TLS 1.2
      ssl.setIncludeProtocols("TLSv1.2");
      config.setUseSsl(true);
      config.setSslConfiguration(ssl);
      SmppSession session = client.bind(config, new DefaultSmppSessionHandler());
      try {
        var resp = session.enquireLink(new com.cloudhopper.smpp.pdu.EnquireLink(), 5000);
        assertThat(resp.getCommandStatus()).isZero();
        assertThat(session.getBindType()).isEqualTo(SmppBindType.TRANSMITTER);
      } finally {
        session.unbind(2000);
        session.destroy();
      }
    } finally {
      client.destroy();
      executor.shutdownNow();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A JDK context trusting {@code c}'s certificate: nothing of ours on the client side. */
  private static SSLContext jdkTrusting(TlsCredentials c) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setCertificateEntry("smsc", c.certificate());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  /** bind_transmitter (SMPP 3.4 §4.1.1) written by hand. */
  private static byte[] bindTransmitter(String systemId, String password, int sequence) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(systemId.getBytes(StandardCharsets.US_ASCII));
    body.write(0);
    body.writeBytes(password.getBytes(StandardCharsets.US_ASCII));
    body.write(0);
    body.write(0); // system_type
    body.write(0x34); // interface_version
    body.write(0); // addr_ton
    body.write(0); // addr_npi
    body.write(0); // address_range
    ByteBuffer b = ByteBuffer.allocate(16 + body.size());
    b.putInt(16 + body.size())
        .putInt(0x00000002)
        .putInt(0)
        .putInt(sequence)
        .put(body.toByteArray());
    return b.array();
  }

  /** Binds over a JDK SSLSocket with {@code ctx}; returns the bind response's command_status. */
  private int rawBind(SSLContext ctx, String systemId, String password) throws IOException {
    try (SSLSocket s =
        (SSLSocket) ctx.getSocketFactory().createSocket("127.0.0.1", address.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(bindTransmitter(systemId, password, 1));
      DataInputStream in = new DataInputStream(s.getInputStream());
      int length = in.readInt();
      assertThat(in.readInt()).isEqualTo(0x80000002);
      int status = in.readInt();
      in.skipNBytes(length - 12);
      return status;
    }
  }
}
