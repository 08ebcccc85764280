package org.ss7sim.smpp.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A private key and its certificate chain (leaf first): what a TLS endpoint presents. Made three
 * ways: {@link #selfSigned} (BouncyCastle, an EC P-256 key and a certificate for the given names),
 * {@link #fromPem} (a certificate chain and a key in PEM, PKCS#8, PKCS#1 or SEC1, optionally
 * encrypted) and {@link #fromPkcs12}. BouncyCastle is used for certificate building and PEM parsing
 * only; the keys and TLS itself stay on the JDK provider.
 */
public record TlsCredentials(PrivateKey key, List<X509Certificate> chain) {
  public TlsCredentials {
    Objects.requireNonNull(key, "key");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain needs at least the leaf");
    }
  }

  /** The certificate presented (the chain's first). */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /**
   * {@link #selfSigned(String, List, Instant, Duration)} valid from now by the system clock: a TLS
   * peer checks a certificate's dates against its own wall clock, so a listener's certificate is
   * dated by that clock even when the network runs on virtual time.
   */
  public static TlsCredentials selfSignedNow(
      String commonName, List<String> names, Duration validity) {
    return selfSigned(commonName, names, Instant.now(), validity);
  }

  /**
   * A new EC P-256 key and a self-signed certificate with subject {@code CN=commonName}, valid from
   * an hour before {@code now} for {@code validity}, with the subject alternative names {@code
   * names} (IP literals become iPAddress entries, anything else dNSName), usable as TLS server and
   * client certificate.
   */
  public static TlsCredentials selfSigned(
      String commonName, List<String> names, Instant now, Duration validity) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair pair = g.generateKeyPair();
      X500Name subject = new X500Name("CN=" + commonName);
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
              Date.from(now.minus(Duration.ofHours(1))),
              Date.from(now.plus(validity)),
              subject,
              pair.getPublic());
      List<GeneralName> sans = new ArrayList<>();
      for (String n : names) {
        sans.add(
            isIpLiteral(n)
                ? new GeneralName(GeneralName.iPAddress, n)
                : new GeneralName(GeneralName.dNSName, n));
      }
      if (!sans.isEmpty()) {
        b.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(sans.toArray(GeneralName[]::new)));
      }
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
      b.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(
              new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
      X509Certificate cert = new JcaX509CertificateConverter().getCertificate(b.build(signer));
      return new TlsCredentials(pair.getPrivate(), List.of(cert));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException(
          "cannot make a self-signed certificate: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a certificate chain (one or more CERTIFICATE blocks, leaf first) and a private key, each
   * from a PEM file (they may be the same file).
   *
   * @param password for an encrypted key; {@code null} when it is not encrypted
   * @throws IllegalArgumentException naming the file when something in it is missing or wrong
   */
  public static TlsCredentials fromPem(Path certificates, Path privateKey, char[] password) {
    List<X509Certificate> chain = new ArrayList<>();
    JcaX509CertificateConverter certs = new JcaX509CertificateConverter();
    for (Object o : pemObjects(certificates)) {
      if (o instanceof X509CertificateHolder h) {
        try {
          chain.add(certs.getCertificate(h));
        } catch (GeneralSecurityException e) {
          throw new IllegalArgumentException(certificates + ": bad certificate: " + e.getMessage());
        }
      }
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(certificates + ": no CERTIFICATE in the file");
    }
    JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
    PrivateKey key = null;
    try {
      for (Object o : pemObjects(privateKey)) {
        if (o instanceof PEMKeyPair kp) {
          key = keys.getKeyPair(kp).getPrivate();
        } else if (o instanceof PrivateKeyInfo info) {
          key = keys.getPrivateKey(info);
        } else if (o instanceof PEMEncryptedKeyPair enc) {
          key =
              keys.getKeyPair(
                      enc.decryptKeyPair(
                          new JcePEMDecryptorProviderBuilder()
                              .build(needPassword(privateKey, password))))
                  .getPrivate();
        } else if (o instanceof PKCS8EncryptedPrivateKeyInfo enc) {
          key =
              keys.getPrivateKey(
                  enc.decryptPrivateKeyInfo(
                      new JceOpenSSLPKCS8DecryptorProviderBuilder()
                          .build(needPassword(privateKey, password))));
        }
        if (key != null) {
          break;
        }
      }
    } catch (IOException | OperatorCreationException | PKCSException e) {
      throw new IllegalArgumentException(
          privateKey + ": cannot read the private key: " + e.getMessage());
    }
    if (key == null) {
      throw new IllegalArgumentException(privateKey + ": no PRIVATE KEY in the file");
    }
    return new TlsCredentials(key, chain);
  }

  /**
   * Loads the first key entry of a PKCS#12 file.
   *
   * @throws IllegalArgumentException naming the file when it cannot be read or has no key entry
   */
  public static TlsCredentials fromPkcs12(Path file, char[] password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
        String alias = e.nextElement();
        if (ks.isKeyEntry(alias)) {
          PrivateKey key = (PrivateKey) ks.getKey(alias, password);
          List<X509Certificate> chain = new ArrayList<>();
          for (Certificate c : ks.getCertificateChain(alias)) {
            chain.add((X509Certificate) c);
          }
          return new TlsCredentials(key, chain);
        }
      }
      throw new IllegalArgumentException(file + ": no key entry in the PKCS#12 file");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          file + ": cannot read the PKCS#12 file: " + e.getMessage());
    }
  }

  /** The certificate chain in PEM, to give to ESMEs for their trust store. */
  public String certificatesPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      for (X509Certificate c : chain) {
        w.writeObject(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The private key in PEM (PKCS#8, unencrypted). */
  public String privateKeyPem() {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(out)) {
      w.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The lowercase hex SHA-256 of a certificate's DER encoding, as accounts name client
   * certificates.
   */
  public static String fingerprint(X509Certificate cert) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static char[] needPassword(Path file, char[] password) {
    if (password == null) {
      throw new IllegalArgumentException(
          file + ": the private key is encrypted and no password was given");
    }
    return password;
  }

  private static List<Object> pemObjects(Path file) {
    List<Object> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser p = new PEMParser(r)) {
      Object o;
      while ((o = p.readObject()) != null) {
        out.add(o);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a readable PEM file: " + e.getMessage());
    }
    return out;
  }

  private static boolean isIpLiteral(String s) {
    if (s.contains(":")) {
      return true;
    }
    return s.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
