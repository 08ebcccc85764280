package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.smpp.tls.TlsCredentials;

/** The SMSC's {@code tls:} and the accounts' {@code client_certificate} (docs/security.md). */
class TlsSettingsTest {
  @TempDir Path dir;

  static String network(String tls, String account) {
    return """
        name: t
        nodes:
          - name: smsc
            kind: smsc
            point_code: 1-6-1
            smpp_port: 0
        %s
            accounts:
              - {system_id: esme1, password: secret%s}
        """
        .formatted(tls.isEmpty() ? "" : "    tls: " + tls, account);
  }

  static KindData.SmscData smsc(Path file) {
    return ConfigLoader.loadNetwork(file).node("smsc").orElseThrow().data(KindData.SmscData.class);
  }

  Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("net.yaml"), yaml);
  }

  @Test
  void tls_true_is_a_self_signed_listener_and_no_tls_is_plain_tcp() throws Exception {
    assertThat(smsc(write(network("true", ""))).tls()).contains(TlsSettings.SELF_SIGNED);
    assertThat(smsc(write(network("", ""))).tls()).isEmpty();
    assertThat(smsc(write(network("false", ""))).tls()).isEmpty();
  }

  @Test
  void pem_files_are_read_relative_to_the_network_file_and_checked_when_loading() throws Exception {
    TlsCredentials c =
        TlsCredentials.selfSigned("smsc", List.of("localhost"), Instant.now(), Duration.ofDays(1));
    Files.writeString(dir.resolve("smsc.pem"), c.certificatesPem());
    Files.writeString(dir.resolve("smsc.key"), c.privateKeyPem());
    TlsSettings t =
        smsc(write(network("{certificate: smsc.pem, key: smsc.key}", ""))).tls().orElseThrow();
    assertThat(t.selfSigned()).isFalse();
    assertThat(t.certificate()).contains(dir.resolve("smsc.pem").toAbsolutePath().normalize());

    Files.writeString(dir.resolve("smsc.key"), "not a key");
    assertThatThrownBy(() -> smsc(write(network("{certificate: smsc.pem, key: smsc.key}", ""))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("net.yaml:")
        .hasMessageContaining("tls: ");
    assertThatThrownBy(() -> smsc(write(network("{certificate: none.pem, key: smsc.key}", ""))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read file");
    assertThatThrownBy(() -> smsc(write(network("{certificate: smsc.pem}", ""))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("certificate and key go together");
    assertThatThrownBy(() -> smsc(write(network("{cert: smsc.pem}", ""))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'cert'");
  }

  @Test
  void an_account_may_pin_the_client_certificate_by_its_sha256_fingerprint() throws Exception {
    String fp = "AB:".repeat(31) + "CD";
    SmppAccount a =
        smsc(write(network("true", ", client_certificate: \"" + fp + "\""))).accounts().get(0);
    assertThat(a.clientCertificate()).contains("ab".repeat(31) + "cd");
    assertThatThrownBy(() -> smsc(write(network("true", ", client_certificate: \"abc\""))))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("64 hex digits");
  }
}
