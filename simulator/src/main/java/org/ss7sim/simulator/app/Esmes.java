package org.ss7sim.simulator.app;

import java.net.InetSocketAddress;
import org.ss7sim.simulator.config.network.KindData.EsmeData;
import org.ss7sim.simulator.config.network.KindData.SmscData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.simulator.node.smsc.Esme;
import org.ss7sim.simulator.node.smsc.Smsc;
import org.ss7sim.wire.pcap.Endpoint;

/** Starts the ESMEs of a network (SMPP clients, not signaling points) and attaches them to it. */
public final class Esmes {
  /** The SMPP port of SMPP 3.4 §2.2 as registered with IANA. */
  static final int DEFAULT_SMPP_PORT = 2775;

  private Esmes() {}

  public static void start(SimNetwork net, NodeKinds kinds) throws Exception {
    net.attach("#subscribers", Subscribers.class, kinds.subscribers());
    int i = 0;
    for (Node n : net.config().nodes(NodeKind.ESME)) {
      EsmeData d = n.data(EsmeData.class);
      InetSocketAddress server = null;
      SimNode smsc = net.node(d.smsc()).orElse(null);
      // SMPP over TLS when the SMSC's listener has it: trusting exactly its certificate
      java.util.List<java.security.cert.X509Certificate> trusted = java.util.List.of();
      if (smsc != null && smsc.logic().orElse(null) instanceof Smsc s) {
        server = s.smppAddress();
        trusted = s.smppCertificates();
      } else if (d.server().isPresent()) {
        server = new InetSocketAddress(d.server().get().host(), d.server().get().port());
      } else {
        var e = net.config().node(d.smsc()).orElseThrow().data(SmscData.class).smpp();
        server = new InetSocketAddress(e.host(), e.port());
      }
      int tracedPort = tracedPort(net, d);
      Endpoint smscEnd =
          smsc == null
              ? Endpoint.of("10.0.9.1", tracedPort)
              : Endpoint.of(smsc.pcapAddress(d.smsc()).address().getHostAddress(), tracedPort);
      Endpoint self = Endpoint.of("10.0.8." + (++i), 40000 + i);
      if (trusted.isEmpty()) {
        trusted = configuredCertificates(net, d);
      }
      java.util.Optional<javax.net.ssl.SSLContext> tls =
          trusted.isEmpty()
              ? java.util.Optional.empty()
              : java.util.Optional.of(
                  org.ss7sim.smpp.tls.SmppTls.client(trusted, java.util.Optional.empty()));
      Esme esme =
          net.virtualTime().isPresent() && smsc != null
              ? Esme.direct(n, net, self, smscEnd)
              : new Esme(n, server, net, self, smscEnd, tls);
      esme.start();
      net.attach(n.name(), Esme.class, esme);
    }
  }

  /**
   * For an SMSC in another process: the certificates of its {@code tls:} files (a self-signed one
   * made there cannot be known here, so such an ESME connects without TLS and is refused).
   */
  private static java.util.List<java.security.cert.X509Certificate> configuredCertificates(
      SimNetwork net, EsmeData d) {
    return net.config()
        .node(d.smsc())
        .filter(s -> s.kind() == NodeKind.SMSC)
        .flatMap(s -> s.data(SmscData.class).tls())
        .filter(t -> !t.selfSigned())
        .map(
            t -> {
              char[] pw = t.password().map(String::toCharArray).orElse(null);
              return t.pkcs12().isPresent()
                  ? org.ss7sim.smpp.tls.TlsCredentials.fromPkcs12(t.pkcs12().get(), pw).chain()
                  : org.ss7sim.smpp.tls.TlsCredentials.fromPem(
                          t.certificate().get(), t.key().get(), pw)
                      .chain();
            })
        .orElse(java.util.List.of());
  }

  /**
   * The SMSC port the pcap shows: the file's port, or 2775 when the server took an ephemeral one,
   * so {@code -d tcp.port==2775,smpp} decodes every run the same way.
   */
  private static int tracedPort(SimNetwork net, EsmeData d) {
    int port =
        net.config()
            .node(d.smsc())
            .map(s -> s.data(SmscData.class).smpp().port())
            .orElse(d.server().map(e -> e.port()).orElse(0));
    return port == 0 ? DEFAULT_SMPP_PORT : port;
  }
}
