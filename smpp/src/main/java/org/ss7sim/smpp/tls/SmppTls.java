package org.ss7sim.smpp.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The {@link SSLContext}s for SMPP over TLS, on the JDK provider, limited to TLS 1.3 and 1.2.
 *
 * <p>Server: presents {@link TlsCredentials}; asks every client for a certificate but does not
 * require one ({@code wantClientAuth}); a certificate offered is accepted at the TLS layer if it is
 * within its validity and the client proves its key, and is then matched at bind time against the
 * account's pinned fingerprint ({@code EsmeAccount.clientCertificate}). Accounts without a pin
 * ignore it.
 *
 * <p>Client (ESME): trusts the given certificates (for a self-signed SMSC, its certificate), or the
 * JDK's default trust store when none are given; presents its own credentials when given.
 */
public final class SmppTls {
  /** The protocol versions offered and accepted, newest first. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private SmppTls() {}

  /** The SMSC side. */
  public static SSLContext server(TlsCredentials credentials) {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(keyManagers(credentials), new TrustManager[] {new AnyValidClient()}, null);
      return new Configured(ctx, true);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS server context: " + e.getMessage(), e);
    }
  }

  /** The ESME side. */
  public static SSLContext client(List<X509Certificate> trusted, Optional<TlsCredentials> own) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      if (trusted.isEmpty()) {
        tmf.init((KeyStore) null);
      } else {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        for (int i = 0; i < trusted.size(); i++) {
          ks.setCertificateEntry("trusted-" + i, trusted.get(i));
        }
        tmf.init(ks);
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(own.isPresent() ? keyManagers(own.get()) : null, tmf.getTrustManagers(), null);
      return new Configured(ctx, false);
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("TLS client context: " + e.getMessage(), e);
    }
  }

  private static KeyManager[] keyManagers(TlsCredentials c) throws GeneralSecurityException {
    char[] pw = new char[0];
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try {
      ks.load(null, null);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    ks.setKeyEntry("smpp", c.key(), pw, c.chain().toArray(X509Certificate[]::new));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, pw);
    return kmf.getKeyManagers();
  }

  private static String[] protocols(SSLEngine e) {
    List<String> supported = Arrays.asList(e.getSupportedProtocols());
    List<String> out = new ArrayList<>();
    for (String p : PROTOCOLS) {
      if (supported.contains(p)) {
        out.add(p);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * An SSLContext whose engines come configured: protocols limited, client certificates asked for
   * on the server side. The transport only calls {@code createSSLEngine}.
   */
  private static final class Configured extends SSLContext {
    Configured(SSLContext delegate, boolean server) {
      super(new Spi(delegate, server), delegate.getProvider(), delegate.getProtocol());
    }
  }

  private static final class Spi extends SSLContextSpi {
    private final SSLContext delegate;
    private final boolean server;

    Spi(SSLContext delegate, boolean server) {
      this.delegate = delegate;
      this.server = server;
    }

    private SSLEngine configure(SSLEngine e) {
      e.setEnabledProtocols(protocols(e));
      if (server) {
        e.setWantClientAuth(true);
      }
      return e;
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr)
        throws KeyManagementException {
      throw new KeyManagementException("already initialised");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      return delegate.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      return delegate.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      return configure(delegate.createSSLEngine());
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      return configure(delegate.createSSLEngine(host, port));
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      return delegate.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      return delegate.getClientSessionContext();
    }
  }

  /**
   * Accepts a client certificate that is within its validity period (the client has proven its key
   * in the handshake); who it belongs to is decided at bind time by fingerprint.
   */
  private static final class AnyValidClient extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("empty client certificate chain");
      }
      chain[0].checkValidity();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("server-side trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("server-side trust manager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("server-side trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
