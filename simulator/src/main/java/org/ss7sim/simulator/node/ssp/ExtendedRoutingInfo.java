package org.ss7sim.simulator.node.ssp;

import java.util.List;
import java.util.Optional;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.gsm.AddressString;

/**
 * The parts of a SendRoutingInfo exchange the map module keeps unmodelled and the gateway MSC reads
 * or writes (TS 29.002 §10.1, §17.7.1, §17.7.3): the {@code extendedRoutingInfo} alternatives of
 * the result other than a roaming number, and the {@code camelInfo} of the argument.
 *
 * <pre>
 * extendedRoutingInfo ::= CHOICE { routingInfo RoutingInfo, camelRoutingInfo [8] CamelRoutingInfo }
 * RoutingInfo ::= CHOICE { roamingNumber ISDN-AddressString, forwardingData ForwardingData }
 * ForwardingData ::= SEQUENCE {
 *   forwardedToNumber [5] ISDN-AddressString OPTIONAL, forwardedToSubaddress [4] OPTIONAL,
 *   forwardingOptions [6] ForwardingOptions OPTIONAL, extensionContainer [7] OPTIONAL, ...,
 *   longForwardedToNumber [8] OPTIONAL }
 * ForwardingOptions ::= OCTET STRING (SIZE (1))
 *   -- bit 8 notification to forwarding party, bit 7 redirecting presentation,
 *   -- bit 6 notification to calling party, bits 4-3 forwarding reason:
 *   -- 00 ms not reachable, 01 ms busy, 10 no reply, 11 unconditional
 * CamelRoutingInfo ::= SEQUENCE {
 *   forwardingData ForwardingData OPTIONAL,
 *   gmscCamelSubscriptionInfo [0] GmscCamelSubscriptionInfo, extensionContainer [1] OPTIONAL, ... }
 * GmscCamelSubscriptionInfo ::= SEQUENCE { t-CSI [0] T-CSI OPTIONAL, o-CSI [1] OPTIONAL, ... }
 * T-CSI ::= SEQUENCE { t-BcsmCamelTDPDataList SEQUENCE SIZE (1..10) OF T-BcsmCamelTDPData,
 *   extensionContainer OPTIONAL, ..., camelCapabilityHandling [0] OPTIONAL, ... }
 * T-BcsmCamelTDPData ::= SEQUENCE {
 *   t-BcsmTriggerDetectionPoint ENUMERATED { termAttemptAuthorized (12), tBusy (13), tNoAnswer (14) },
 *   serviceKey INTEGER, gsmSCF-Address [0] ISDN-AddressString,
 *   defaultCallHandling [1] ENUMERATED { continueCall (0), releaseCall (1) }, ... }
 * CamelInfo ::= SEQUENCE { supportedCamelPhases BIT STRING, suppress-T-CSI NULL OPTIONAL, ... }
 * </pre>
 */
public final class ExtendedRoutingInfo {
  /** The tag of {@code camelRoutingInfo} in the result: [8] constructed. */
  public static final int CAMEL_ROUTING_INFO = 0xa8;

  /** The tag of {@code camelInfo} in the argument: [11] constructed. */
  public static final int CAMEL_INFO = 0xab;

  /** T-BcsmTriggerDetectionPoint termAttemptAuthorized (DP12). */
  public static final int TERM_ATTEMPT_AUTHORIZED = 12;

  private ExtendedRoutingInfo() {}

  /** Why a call was forwarded (ForwardingOptions bits 4-3). */
  public enum ForwardingReason {
    NOT_REACHABLE,
    BUSY,
    NO_REPLY,
    UNCONDITIONAL
  }

  /**
   * The forwarding data of an SRI result.
   *
   * @param forwardedToNumber where the call goes
   * @param reason why (unconditional when the HLR gave no forwarding options)
   * @param presentationAllowed false when the redirecting number is not to be presented
   */
  public record ForwardingData(
      String forwardedToNumber, ForwardingReason reason, boolean presentationAllowed) {}

  /**
   * The termAttemptAuthorized trigger of a subscriber's T-CSI (TS 23.078 §4.3.2).
   *
   * @param serviceKey the InitialDP's service key
   * @param gsmScf the gsmSCF's E.164 address
   * @param releaseByDefault default call handling releaseCall (else continueCall)
   */
  public record TCsi(int serviceKey, String gsmScf, boolean releaseByDefault) {}

  /**
   * The camelRoutingInfo of an SRI result: the T-CSI's DP12 trigger and the forwarding data (for
   * after the gsmSCF's Continue), each when present.
   */
  public record CamelRouting(Optional<TCsi> tCsi, Optional<ForwardingData> forwarding) {}

  /** The forwardingData among a result's unmodelled elements, if any. */
  public static Optional<ForwardingData> forwarding(List<RawElement> unmodelled)
      throws MalformedMessageException {
    for (RawElement e : unmodelled) {
      if (e.tag() == BerTag.SEQUENCE) {
        return Optional.of(forwardingData(enter(e.encoding())));
      }
    }
    return Optional.empty();
  }

  /** The camelRoutingInfo among a result's unmodelled elements, if any. */
  public static Optional<CamelRouting> camel(List<RawElement> unmodelled)
      throws MalformedMessageException {
    for (RawElement e : unmodelled) {
      if (e.tag() == CAMEL_ROUTING_INFO) {
        return Optional.of(camelRouting(enter(e.encoding())));
      }
    }
    return Optional.empty();
  }

  private static BerReader enter(Octets element) throws MalformedMessageException {
    BerReader r = BerReader.of(element);
    r.next();
    return r.enter();
  }

  private static ForwardingData forwardingData(BerReader in) throws MalformedMessageException {
    String number = null;
    int options = 0x60 | 0x0c; // presentation, calling party notified, unconditional
    while (in.hasNext()) {
      int tag = in.next();
      if (tag == 0x85) {
        number = AddressString.CODEC.decode(in).digits();
      } else if (tag == 0x86) {
        Octets o = in.octets();
        if (o.length() != 1) {
          throw in.error("ForwardingOptions of " + o.length() + " octets (1 allowed)");
        }
        options = o.get(0);
      }
    }
    if (number == null || number.isEmpty()) {
      throw new MalformedMessageException(
          "forwardingData without forwardedToNumber", 0, "TS 29.002 §17.7.3");
    }
    return new ForwardingData(
        number, ForwardingReason.values()[(options >>> 2) & 3], (options & 0x40) != 0);
  }

  private static CamelRouting camelRouting(BerReader in) throws MalformedMessageException {
    Optional<ForwardingData> forwarding = Optional.empty();
    Optional<TCsi> tCsi = Optional.empty();
    while (in.hasNext()) {
      int tag = in.next();
      if (tag == BerTag.SEQUENCE) {
        forwarding = Optional.of(forwardingData(in.enter()));
      } else if (tag == 0xa0) {
        BerReader info = in.enter();
        while (info.hasNext()) {
          if (info.next() == 0xa0) {
            tCsi = termAttemptAuthorized(info.enter());
          }
        }
      }
    }
    return new CamelRouting(tCsi, forwarding);
  }

  /** The DP12 entry of a T-CSI's TDP data list (others, tBusy and tNoAnswer, are not used). */
  private static Optional<TCsi> termAttemptAuthorized(BerReader tCsi)
      throws MalformedMessageException {
    BerReader list = tCsi.expect(BerTag.SEQUENCE, "t-BcsmCamelTDPDataList").enter();
    while (list.hasNext()) {
      BerReader data = list.expect(BerTag.SEQUENCE, "T-BcsmCamelTDPData").enter();
      int dp = data.expect(BerTag.ENUMERATED, "t-BcsmTriggerDetectionPoint").intValue();
      int key = data.expect(BerTag.INTEGER, "serviceKey").intValue();
      String scf = AddressString.CODEC.decode(data.expect(0x80, "gsmSCF-Address")).digits();
      int handling = data.expect(0x81, "defaultCallHandling").intValue();
      if (dp == TERM_ATTEMPT_AUTHORIZED) {
        return Optional.of(new TCsi(key, scf, handling == 1));
      }
    }
    return Optional.empty();
  }

  // ---- encoding (the GMSC's camelInfo; an HLR's answer in tests) ----

  /**
   * camelInfo [11] of the SRI argument: CAMEL phases 1 and 2 supported, and suppress-T-CSI for the
   * second interrogation after the gsmSCF let the call continue (TS 23.078 §4.6.1.2).
   */
  public static RawElement camelInfo(boolean suppressTCsi) {
    return build(
        CAMEL_INFO,
        b -> {
          b.raw(
              Octets.ofUnsigned(
                  0x03, 0x02, 0x06, 0xc0)); // BIT STRING, 6 unused bits: phase1, phase2
          if (suppressTCsi) {
            b.nullValue(BerTag.NULL);
          }
        });
  }

  /** Whether an SRI argument's unmodelled elements carry camelInfo with suppress-T-CSI. */
  public static boolean suppressesTCsi(List<RawElement> unmodelled)
      throws MalformedMessageException {
    for (RawElement e : unmodelled) {
      if (e.tag() == CAMEL_INFO) {
        BerReader in = enter(e.encoding());
        while (in.hasNext()) {
          if (in.next() == BerTag.NULL) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** forwardingData as the result's routingInfo alternative. */
  public static RawElement encode(ForwardingData f) {
    return build(BerTag.SEQUENCE, b -> forwardingContent(f, b));
  }

  /** camelRoutingInfo [8] with a T-CSI holding one DP12 trigger, and forwarding data if given. */
  public static RawElement encode(TCsi csi, Optional<ForwardingData> forwarding) {
    return build(
        CAMEL_ROUTING_INFO,
        b -> {
          forwarding.ifPresent(
              f -> {
                int m = b.start(BerTag.SEQUENCE);
                forwardingContent(f, b);
                b.end(m);
              });
          int info = b.start(0xa0);
          int t = b.start(0xa0);
          int list = b.start(BerTag.SEQUENCE);
          int data = b.start(BerTag.SEQUENCE);
          b.tag(BerTag.ENUMERATED).length(1).out().writeU8(TERM_ATTEMPT_AUTHORIZED);
          b.integer(BerTag.INTEGER, csi.serviceKey());
          AddressString.CODEC.encode(AddressString.international(csi.gsmScf()), 0x80, b);
          b.tag(0x81).length(1).out().writeU8(csi.releaseByDefault() ? 1 : 0);
          b.end(data);
          b.end(list);
          b.end(t);
          b.end(info);
        });
  }

  private static void forwardingContent(ForwardingData f, BerWriter b) {
    AddressString.CODEC.encode(AddressString.international(f.forwardedToNumber()), 0x85, b);
    int options = (f.presentationAllowed() ? 0x40 : 0) | 0x20 | f.reason().ordinal() << 2;
    b.octetString(0x86, Octets.of((byte) options));
  }

  private interface Content {
    void write(BerWriter b);
  }

  private static RawElement build(int tag, Content content) {
    WireWriter w = new WireWriter(64);
    BerWriter b = new BerWriter(w);
    int mark = b.start(tag);
    content.write(b);
    b.end(mark);
    return new RawElement(tag, w.toOctets());
  }
}
