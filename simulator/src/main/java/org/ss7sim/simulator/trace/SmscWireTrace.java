package org.ss7sim.simulator.trace;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ss7sim.smpp.pdu.BindRequest;
import org.ss7sim.smpp.pdu.CommandId;
import org.ss7sim.smpp.pdu.PduCodec;
import org.ss7sim.smpp.session.WireTap;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;

/**
 * The tracer's view of an SMSC's SMPP server: a {@link WireTap} on every connection it accepts,
 * recording each PDU exactly as it crossed the wire (true sequence numbers, binds, enquire_links,
 * unbinds, generated responses) so the pcap shows what an outside ESME did — the sessions nothing
 * else of this run traces.
 *
 * <p>A connection from one of this run's own ESMEs is left to that ESME's {@link SmppWireTrace}
 * (which also names the flows), told apart by its address ({@link Tracer#claimOwnSmppClient}): one
 * record per PDU, never two.
 *
 * <p>In the pcap the ESME is its true address and port when IPv4 (else {@code 10.0.7.n}), the SMSC
 * its trace address and SMPP port; the ESME is named by its bind's system_id and host ({@code
 * esme1@127.0.0.1}). Outside sessions belong to no flow: they reach the pcap, not a ladder.
 *
 * <p>Called on each connection's event loop; the table of connections is guarded by this object and
 * bounded ({@value #MAX_CONNECTIONS}, oldest forgotten first).
 */
public final class SmscWireTrace implements WireTap {
  static final int MAX_CONNECTIONS = 4096;

  private final Tracer tracer;
  private final String smsc;
  private final Endpoint smscAddress;
  private int synthetic;

  /** One accepted connection: whether this tap records it, and how the ESME is named. */
  private static final class Connection {
    final boolean traced;
    final Endpoint esme;
    String name;

    Connection(boolean traced, Endpoint esme, String name) {
      this.traced = traced;
      this.esme = esme;
      this.name = name;
    }
  }

  private final Map<String, Connection> connections =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Connection> eldest) {
          return size() > MAX_CONNECTIONS;
        }
      };

  /**
   * @param smsc the SMSC node's name
   * @param smscAddress the SMSC's address and SMPP port as the pcap shows them
   */
  public SmscWireTrace(Tracer tracer, String smsc, Endpoint smscAddress) {
    this.tracer = tracer;
    this.smsc = smsc;
    this.smscAddress = smscAddress;
  }

  @Override
  public void onPdu(String peer, boolean outbound, Octets bytes, long timeMillis) {
    Connection c = connection(peer);
    if (!c.traced) {
      return;
    }
    String label = label(bytes);
    if (!outbound && label.startsWith("bind_")) {
      try {
        if (PduCodec.decode(bytes) instanceof BindRequest b) {
          synchronized (this) {
            c.name = b.systemId() + "@" + c.esme.address().getHostAddress();
          }
        }
      } catch (MalformedMessageException | RuntimeException e) {
        label = "undecodable";
      }
    }
    String esme;
    synchronized (this) {
      esme = c.name;
    }
    tracer.record(
        new TraceEvent(
            timeMillis * 1000,
            outbound ? smsc : esme,
            outbound ? esme : smsc,
            "",
            label,
            TraceEvent.Carrier.SMPP,
            outbound ? smscAddress : c.esme,
            outbound ? c.esme : smscAddress,
            0,
            bytes));
  }

  /**
   * The command's name from the header alone (SMPP 3.4 §3.2: command_id after command_length), so
   * the SMPP server's event loop pays no full decode per PDU; a bind is decoded for its system_id.
   */
  private static String label(Octets bytes) {
    if (bytes.length() < PduCodec.HEADER_LENGTH) {
      return "undecodable";
    }
    long code =
        ((long) bytes.get(4) << 24) | (bytes.get(5) << 16) | (bytes.get(6) << 8) | bytes.get(7);
    CommandId id = CommandId.of(code);
    return id == null
        ? String.format(Locale.ROOT, "0x%08x", code)
        : id.name().toLowerCase(Locale.ROOT);
  }

  /** Connections seen and remembered now (at most {@value #MAX_CONNECTIONS}). */
  public synchronized int connections() {
    return connections.size();
  }

  private synchronized Connection connection(String peer) {
    Connection c = connections.get(peer);
    if (c == null) {
      Endpoint esme = endpoint(peer);
      c =
          new Connection(
              !tracer.claimOwnSmppClient(peer), esme, "esme@" + esme.address().getHostAddress());
      connections.put(peer, c);
    }
    return c;
  }

  /** {@code /127.0.0.1:40312} as an endpoint; anything else (IPv6, a name) gets 10.0.7.n. */
  private Endpoint endpoint(String peer) {
    String a = peer.substring(peer.lastIndexOf('/') + 1);
    int colon = a.lastIndexOf(':');
    if (colon > 0) {
      String host = a.substring(0, colon);
      try {
        int port = Integer.parseInt(a.substring(colon + 1));
        if (host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
          return Endpoint.of(host, port);
        }
        synthetic++;
        return Endpoint.of("10.0.7." + (synthetic % 250 + 1), port);
      } catch (IllegalArgumentException e) {
        // fall through: not an address we can show
      }
    }
    synthetic++;
    return Endpoint.of("10.0.7." + (synthetic % 250 + 1), 40000 + synthetic % 20000);
  }
}
