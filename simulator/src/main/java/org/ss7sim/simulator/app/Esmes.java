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
      if (smsc != null && smsc.logic().orElse(null) instanceof Smsc s) {
        server = s.smppAddress();
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
      Esme esme =
          net.virtualTime().isPresent() && smsc != null
              ? Esme.direct(n, net, self, smscEnd)
              : new Esme(n, server, net, self, smscEnd);
      esme.start();
      net.attach(n.name(), Esme.class, esme);
    }
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
