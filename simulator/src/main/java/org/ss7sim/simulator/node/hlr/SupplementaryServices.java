package org.ss7sim.simulator.node.hlr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ss7sim.map.error.MapError;
import org.ss7sim.map.error.MapErrorCode;
import org.ss7sim.map.message.ForwardingFeature;
import org.ss7sim.map.message.ForwardingInfo;
import org.ss7sim.map.message.RegisterSsArg;
import org.ss7sim.map.message.SsCode;
import org.ss7sim.map.message.SsInfo;
import org.ss7sim.map.service.Invocation;
import org.ss7sim.simulator.node.Subscribers;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;

/**
 * The call forwarding an HLR holds for its subscribers (TS 23.082, TS 29.002 §11.2): registerSS of
 * call forwarding unconditional with a forwarded-to number registers and activates it (SS-Status
 * provisioned, registered, active), and SendRoutingInfo for the subscriber then answers with the
 * forwarding data instead of asking the VLR for a roaming number (TS 23.018 §7.2.2, TS 29.002
 * §10.1). The subscriber is the one the dialogue's MAP-OPEN destination reference names (its IMSI,
 * TS 29.002 §11.1). The HLR checks nothing about who registers — which is what the call redirection
 * of docs/security.md uses. Owned by the HLR's thread.
 */
final class SupplementaryServices {
  /** SS-Status: quiescent, provisioned, registered, active (TS 29.002 §17.7.4, TS 23.011). */
  static final int PROVISIONED_REGISTERED_ACTIVE = 0x07;

  private final Subscribers subscribers;
  private final String hlr;
  private final Map<String, String> unconditional = new HashMap<>();

  SupplementaryServices(Subscribers subscribers, String hlr) {
    this.subscribers = subscribers;
    this.hlr = hlr;
  }

  /**
   * registerSS: CFU (or all forwarding) with a forwarded-to number for a subscriber of this HLR is
   * stored and answered with its ForwardingInfo; another SS code gets illegalSS-Operation, a
   * missing subscriber or number dataMissing.
   */
  void register(Invocation<RegisterSsArg, SsInfo> inv) {
    RegisterSsArg a = inv.argument();
    var open = inv.dialogue().peerOpenInfo();
    Optional<Subscribers.Record> r =
        open == null || open.destinationReference() == null
            ? Optional.empty()
            : subscribers
                .byImsi(open.destinationReference().digits())
                .filter(x -> x.hlr().equals(hlr));
    int code = a.ssCode().code();
    if (code != SsCode.CFU.code() && code != SsCode.ALL_FORWARDING.code()) {
      inv.returnError(MapError.of(MapErrorCode.ILLEGAL_SS_OPERATION));
    } else if (r.isEmpty() || a.forwardedToNumber() == null) {
      inv.returnError(MapError.of(MapErrorCode.DATA_MISSING));
    } else {
      unconditional.put(r.get().imsi(), a.forwardedToNumber().digits());
      inv.returnResult(
          SsInfo.of(
              new ForwardingInfo(
                  SsCode.CFU,
                  List.of(
                      new ForwardingFeature(
                          a.basicService(),
                          Octets.ofUnsigned(PROVISIONED_REGISTERED_ACTIVE),
                          a.forwardedToNumber(),
                          null,
                          null,
                          null,
                          null,
                          List.of())),
                  List.of())));
    }
    inv.dialogue().close();
  }

  /** The number a subscriber's calls are forwarded to unconditionally, if any. */
  Optional<String> forwardedTo(String imsi) {
    return Optional.ofNullable(unconditional.get(imsi));
  }

  /**
   * SendRoutingInfoRes's extendedRoutingInfo as forwardingData (TS 29.002 §10.1, §17.7.3):
   * ForwardingData ::= SEQUENCE { forwardedToNumber [5] ISDN-AddressString, ... }, kept as the
   * element the result's codec places in its position.
   */
  static RawElement forwardingData(String number) {
    WireWriter w = new WireWriter(32);
    BerWriter b = new BerWriter(w);
    int mark = b.start(0x30);
    AddressString.CODEC.encode(AddressString.international(number), 0x85, b);
    b.end(mark);
    return new RawElement(0x30, w.toOctets());
  }
}
