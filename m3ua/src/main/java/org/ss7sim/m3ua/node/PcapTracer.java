package org.ss7sim.m3ua.node;

import java.util.Objects;
import java.util.function.Function;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.pcap.Endpoint;
import org.ss7sim.wire.pcap.PcapWriter;
import org.ss7sim.wire.time.TimerService;

/**
 * Writes a node's M3UA messages into a pcap as SCTP DATA chunks with PPID 3 (DESIGN.md §5),
 * whatever transport carried them, so Wireshark/tshark decode M3UA and everything above it.
 * Addresses are the node's and its peers' (by link name); give nodes distinct ports so tshark keeps
 * the directions apart. When several nodes share one capture, trace outbound messages only so each
 * message appears once.
 */
public final class PcapTracer implements Tracer {
  private final PcapWriter writer;
  private final TimerService clock;
  private final Endpoint local;
  private final Function<String, Endpoint> peerOfLink;
  private final boolean outboundOnly;

  /**
   * @param peerOfLink the peer's address for a link name (client links by their configured name,
   *     accepted associations as {@code server#n})
   */
  public PcapTracer(
      PcapWriter writer,
      TimerService clock,
      Endpoint local,
      Function<String, Endpoint> peerOfLink,
      boolean outboundOnly) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.local = Objects.requireNonNull(local, "local");
    this.peerOfLink = Objects.requireNonNull(peerOfLink, "peerOfLink");
    this.outboundOnly = outboundOnly;
  }

  @Override
  public void trace(String link, boolean outbound, int streamId, Octets message) {
    if (outboundOnly && !outbound) {
      return;
    }
    Endpoint peer = peerOfLink.apply(link);
    long micros = clock.currentTimeMillis() * 1000;
    if (outbound) {
      writer.writeM3ua(micros, local, peer, streamId, message);
    } else {
      writer.writeM3ua(micros, peer, local, streamId, message);
    }
  }
}
