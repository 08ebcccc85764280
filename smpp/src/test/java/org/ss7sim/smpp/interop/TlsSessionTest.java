package org.ss7sim.smpp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.smpp.client.EsmeListener;
import org.ss7sim.smpp.client.SmppClient;
import org.ss7sim.smpp.client.SmppClientConfig;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.server.EsmeAccount;
import org.ss7sim.smpp.server.MemorySmsc;
import org.ss7sim.smpp.server.SmppServer;
import org.ss7sim.smpp.server.SmppServerConfig;
import org.ss7sim.transport.stream.StreamEventLoops;
import org.ss7sim.wire.Octets;

/** SMPP over TLS: our client and server with a self-signed certificate made by keytool. */
class TlsSessionTest {
  @TempDir Path dir;

  @Test
  void a_client_binds_and_submits_over_tls() throws Exception {
    SSLContext tls = context(keystore());
    try (StreamEventLoops loops = StreamEventLoops.create(1, "tls-test")) {
      SmppServer server =
          new SmppServer(
              SmppServerConfig.defaults("SS7SIM", EsmeAccount.of("esme1", "secret")),
              new MemorySmsc(10, true));
      InetSocketAddress address =
          server.listen(loops, new InetSocketAddress("127.0.0.1", 0), Optional.of(tls));
      SmppClient client =
          new SmppClient(
              loops,
              SmppClientConfig.of(address, "esme1", "secret", BindType.TRANSCEIVER).withTls(tls),
              new EsmeListener() {});
      client.start().get(10, TimeUnit.SECONDS);
      SubmitSm sm =
          SubmitSm.of(
              Address.international("0015550100"),
              Address.international("0015550199"),
              DataCoding.SMSC_DEFAULT,
              Octets.fromHex("48656c6c6f"));
      assertThat(client.submit(sm).get(10, TimeUnit.SECONDS).status()).isEqualTo(CommandStatus.OK);
      client.close();
      server.close();
    }
  }

  private Path keystore() throws Exception {
    Path keystore = dir.resolve("smsc.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Assumptions.assumeTrue(keytool.toFile().canExecute(), "keytool not found");
    Process p =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "smsc",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=ip:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keystore.toString(),
                    "-storepass",
                    "changeit",
                    "-keypass",
                    "changeit"))
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return keystore;
  }

  private static SSLContext context(Path keystore) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return ctx;
  }
}
