package org.ss7sim.map.message;

import java.util.List;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.SequenceCodec;
import org.ss7sim.wire.gsm.AddressString;
import org.ss7sim.wire.gsm.Imsi;

/**
 * Codecs of parameters whose earlier-version SEQUENCE differs from the v3 one in its tagging; they
 * decode into and encode from the same records as the v3 codecs. {@link
 * org.ss7sim.map.operation.MapOperation} picks them by the dialogue's version.
 */
public final class EarlierVersions {
  private EarlierVersions() {}

  /**
   * SendRoutingInfoRes of MAP v1/v2 (TS 29.002 §10.1, v2 module): {@code SEQUENCE { imsi IMSI,
   * routingInfo RoutingInfo, cug-CheckInfo CUG-CheckInfo OPTIONAL, ... }}; the roaming number
   * alternative of routingInfo is modelled, forwardingData and the rest are kept.
   */
  public static final SequenceCodec<SendRoutingInfoRes> SEND_ROUTING_INFO_RES_V2 =
      new SequenceCodec<>(
          "SendRoutingInfoRes (v2)",
          BerTag.SEQUENCE,
          SequenceCodec.order(0x04, 0x30),
          List.of(
              Field.mandatory("imsi", BerTag.OCTET_STRING, Imsi.CODEC),
              Field.optional(
                  "routingInfo.roamingNumber", BerTag.OCTET_STRING, AddressString.CODEC)),
          v -> new SendRoutingInfoRes(v.get(0), v.get(1), null, v.rest()),
          x -> new Object[] {x.imsi(), x.roamingNumber()},
          SendRoutingInfoRes::unmodelled);

  /**
   * PurgeMS-Arg of MAP v2 (TS 29.002 §8.1.6, v2 module): {@code SEQUENCE { imsi IMSI, vlr-Number
   * ISDN-AddressString, ... }}.
   */
  public static final SequenceCodec<PurgeMsArg> PURGE_MS_ARG_V2 =
      new SequenceCodec<>(
          "PurgeMS-Arg (v2)",
          BerTag.SEQUENCE,
          SequenceCodec.order(0x04),
          List.of(
              Field.mandatory("imsi", BerTag.OCTET_STRING, Imsi.CODEC),
              Field.mandatory("vlr-Number", BerTag.OCTET_STRING, AddressString.CODEC)),
          v -> new PurgeMsArg(v.get(0), v.get(1), null, null, v.rest()),
          x -> new Object[] {x.imsi(), x.vlrNumber()},
          PurgeMsArg::unmodelled);
}
