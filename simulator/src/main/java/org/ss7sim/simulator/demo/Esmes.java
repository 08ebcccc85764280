package org.ss7sim.simulator.demo;

import java.net.InetSocketAddress;
import org.ss7sim.simulator.config.network.KindData.EsmeData;
import org.ss7sim.simulator.config.network.KindData.SmscData;
import org.ss7sim.simulator.config.network.Node;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.NodeKinds;
import org.ss7sim.simulator.smsc.Esme;
import org.ss7sim.simulator.smsc.Smsc;
import org.ss7sim.wire.pcap.Endpoint;

/** Starts the ESMEs of a network (SMPP clients, not signaling points) and attaches them to it. */
public final class Esmes {
  private Esmes() {}

  public static void start(SimNetwork net, NodeKinds kinds) throws Exception {
    net.attach("#subscribers", kinds.subscribers());
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
      Endpoint smscEnd =
          smsc == null
              ? Endpoint.of("10.0.9.1", 2775)
              : Endpoint.of(smsc.pcapAddress(d.smsc()).address().getHostAddress(), 2775);
      Endpoint self = Endpoint.of("10.0.8." + (++i), 40000 + i);
      Esme esme = new Esme(n, server, net, self, smscEnd);
      esme.start();
      net.attach(n.name(), esme);
    }
  }
}
