package org.ss7sim.transport.stream;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Makes a self-signed certificate for 127.0.0.1 with the JDK's keytool. */
public final class TestCertificates {
  private TestCertificates() {}

  /** A PKCS12 keystore (password {@code changeit}, alias {@code smsc}) under {@code dir}. */
  public static Path selfSigned(Path dir) throws Exception {
    Path keystore = dir.resolve("test.p12");
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
                    "SAN=ip:127.0.0.1,dns:localhost",
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
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          "keytool failed: " + new String(p.getInputStream().readAllBytes()));
    }
    return keystore;
  }
}
