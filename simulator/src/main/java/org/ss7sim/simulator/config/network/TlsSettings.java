package org.ss7sim.simulator.config.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.config.yaml.YamlNode;
import org.ss7sim.simulator.config.yaml.YamlScalar;

/**
 * SMPP over TLS on an SMSC's listener ({@code tls:} of an {@code smsc} node, docs/security.md): the
 * port then takes TLS 1.3/1.2 only. The certificate and key come from PEM files ({@code
 * certificate} and {@code key}) or a PKCS#12 file ({@code pkcs12}), with {@code password} when the
 * key is encrypted; with none of them ({@code tls: true}) the SMSC makes a self-signed certificate
 * when it starts. Relative file names are relative to the network file's folder.
 */
public record TlsSettings(
    Optional<Path> certificate,
    Optional<Path> key,
    Optional<Path> pkcs12,
    Optional<String> password) {
  /** A self-signed certificate made at start. */
  public static final TlsSettings SELF_SIGNED =
      new TlsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  static final List<String> KEYS = List.of("certificate", "key", "pkcs12", "password");

  public boolean selfSigned() {
    return certificate.isEmpty() && pkcs12.isEmpty();
  }

  /** {@code tls: true|false} or {@code tls: {certificate, key | pkcs12, password}}. */
  static Optional<TlsSettings> read(YamlNode node, String name) {
    if (node instanceof YamlScalar) {
      return Values.bool(node, name) ? Optional.of(SELF_SIGNED) : Optional.empty();
    }
    Fields f = Fields.of(node, "tls", KEYS);
    Optional<Path> cert = f.optional("certificate", (n, k) -> file(n, f.location()));
    Optional<Path> key = f.optional("key", (n, k) -> file(n, f.location()));
    Optional<Path> p12 = f.optional("pkcs12", (n, k) -> file(n, f.location()));
    if (p12.isPresent() && (cert.isPresent() || key.isPresent())) {
      throw new ConfigException(
          f.keyLocation("pkcs12"), "tls: either certificate and key (PEM) or pkcs12, not both");
    }
    if (cert.isPresent() != key.isPresent()) {
      throw new ConfigException(
          f.location(), "tls: certificate and key go together (PEM files of the SMSC's key pair)");
    }
    TlsSettings t = new TlsSettings(cert, key, p12, f.optional("password", Values::string));
    try { // the files must hold a key and its certificate: say so now, with the place
      char[] password = t.password().map(String::toCharArray).orElse(null);
      if (p12.isPresent()) {
        org.ss7sim.smpp.tls.TlsCredentials.fromPkcs12(p12.get(), password);
      } else if (cert.isPresent()) {
        org.ss7sim.smpp.tls.TlsCredentials.fromPem(cert.get(), key.get(), password);
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigException(f.location(), "tls: " + e.getMessage());
    }
    return Optional.of(t);
  }

  private static Path file(YamlNode node, Location where) {
    String text = Values.string(node, "file");
    Path p = Path.of(text);
    if (!p.isAbsolute()) {
      Path folder = Path.of(where.source()).toAbsolutePath().getParent();
      if (folder != null && Files.isDirectory(folder)) {
        p = folder.resolve(p);
      }
    }
    if (!Files.isReadable(p)) {
      throw new ConfigException(node.location(), "tls: cannot read file " + p);
    }
    return p.normalize();
  }
}
