package org.ss7sim.sccp.address;

import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.GlobalTitleIndicator;
import org.ss7sim.sccp.RoutingIndicator;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.wire.Digits;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * Encodes and decodes the contents of a called or calling party address parameter (Q.713 §3.4),
 * without the length octet that precedes it in a message.
 *
 * <pre>
 *   address indicator (Q.713 §3.4.1)
 *     8     7    6 5 4 3   2     1
 *   +-----+----+---------+-----+-----+
 *   | nat | RI |   GTI   | SSN | PC  |
 *   +-----+----+---------+-----+-----+
 *   then: PC (2 octets, 14 bits, least significant first), SSN (1 octet), global title
 * </pre>
 *
 * Global titles (Q.713 §3.4.2.3): GTI 0001 = NAI octet (bit 8 odd/even) + digits; 0010 = TT +
 * digits; 0011 = TT, NP|ES + digits; 0100 = TT, NP|ES, NAI + digits. Only ITU point codes are
 * supported; the two spare bits above the 14-bit point code are sent as 0.
 */
public final class SccpAddressCodec {
  private static final String SPEC = "Q.713 §3.4";

  /** The longest address contents a one-octet length allows. */
  public static final int MAX_LENGTH = 255;

  private SccpAddressCodec() {}

  /** Decodes the address held by all remaining octets of {@code in}. */
  public static SccpAddress decode(WireReader in) throws MalformedMessageException {
    if (!in.hasRemaining()) {
      throw in.malformed("empty address", SPEC);
    }
    int ai = in.readU8();
    boolean nationalUse = (ai & 0x80) != 0;
    RoutingIndicator ri =
        (ai & 0x40) != 0 ? RoutingIndicator.ROUTE_ON_SSN : RoutingIndicator.ROUTE_ON_GT;
    int gtiCode = (ai >>> 2) & 0x0f;
    PointCode pc = null;
    if ((ai & 0x01) != 0) {
      in.require(2, "signalling point code");
      pc = PointCode.itu(in.readU16Le() & 0x3fff);
    }
    Ssn ssn = null;
    if ((ai & 0x02) != 0) {
      in.require(1, "subsystem number");
      ssn = new Ssn(in.readU8());
    }
    GlobalTitle gt = null;
    if (gtiCode > GlobalTitleIndicator.TT_NP_ES_NAI.code()) {
      throw in.malformed(
          "global title indicator " + gtiCode + " is national or spare", SPEC + ".1");
    }
    if (gtiCode != 0) {
      gt = decodeGlobalTitle(GlobalTitleIndicator.fromCode(gtiCode), in);
    }
    return new SccpAddress(ri, pc, ssn, gt, nationalUse);
  }

  /** Decodes a whole address parameter's contents. */
  public static SccpAddress decode(Octets contents) throws MalformedMessageException {
    return decode(contents.reader());
  }

  private static GlobalTitle decodeGlobalTitle(GlobalTitleIndicator gti, WireReader in)
      throws MalformedMessageException {
    int tt = 0;
    int np = 0;
    int es = 0;
    int nai = 0;
    boolean spare = false;
    switch (gti) {
      case NAI_ONLY -> {
        in.require(1, "nature of address indicator");
        int b = in.readU8();
        es = (b & 0x80) != 0 ? GlobalTitle.ES_BCD_ODD : GlobalTitle.ES_BCD_EVEN;
        nai = b & 0x7f;
      }
      case TT_ONLY -> {
        in.require(1, "translation type");
        tt = in.readU8();
      }
      case TT_NP_ES, TT_NP_ES_NAI -> {
        in.require(2, "translation type, numbering plan and encoding scheme");
        tt = in.readU8();
        int b = in.readU8();
        np = b >>> 4;
        es = b & 0x0f;
        if (gti == GlobalTitleIndicator.TT_NP_ES_NAI) {
          in.require(1, "nature of address indicator");
          int b2 = in.readU8();
          nai = b2 & 0x7f;
          spare = (b2 & 0x80) != 0;
        }
      }
      default -> throw new IllegalStateException("no global title for " + gti);
    }
    int at = in.offset();
    Octets info = in.readRemaining();
    boolean bcd =
        gti == GlobalTitleIndicator.NAI_ONLY
            || es == GlobalTitle.ES_BCD_ODD
            || es == GlobalTitle.ES_BCD_EVEN;
    boolean odd = bcd && es == GlobalTitle.ES_BCD_ODD;
    if (odd && info.isEmpty()) {
      throw new MalformedMessageException(
          "odd number of digits but no address information", at, SPEC + ".2.3");
    }
    if (odd && (info.get(info.length() - 1) & 0xf0) != 0) {
      throw new MalformedMessageException(
          "odd number of digits but the filler nibble is not 0",
          at + info.length() - 1,
          SPEC + ".2.3");
    }
    String digits = Digits.decodeBcd(info, odd);
    return new GlobalTitle(gti, tt, np, nai, digits, es, spare);
  }

  /** Encodes {@code address} (without a length octet). */
  public static void encode(SccpAddress address, WireWriter out) {
    GlobalTitle gt = address.globalTitle();
    int gti = gt == null ? 0 : gt.indicator().code();
    int ai =
        (address.nationalUse() ? 0x80 : 0)
            | (address.routingIndicator() == RoutingIndicator.ROUTE_ON_SSN ? 0x40 : 0)
            | gti << 2
            | (address.ssn() != null ? 0x02 : 0)
            | (address.pointCode() != null ? 0x01 : 0);
    out.writeU8(ai);
    if (address.pointCode() != null) {
      out.writeU16Le(ituValue(address.pointCode()));
    }
    if (address.ssn() != null) {
      out.writeU8(address.ssn().value());
    }
    if (gt != null) {
      encodeGlobalTitle(gt, out);
    }
  }

  /** The encoded address contents. */
  public static Octets encode(SccpAddress address) {
    WireWriter out = new WireWriter(16);
    encode(address, out);
    return out.toOctets();
  }

  private static void encodeGlobalTitle(GlobalTitle gt, WireWriter out) {
    switch (gt.indicator()) {
      case NAI_ONLY ->
          out.writeU8((gt.digits().length() % 2 == 1 ? 0x80 : 0) | gt.natureOfAddress());
      case TT_ONLY -> out.writeU8(gt.translationType());
      case TT_NP_ES ->
          out.writeU8(gt.translationType()).writeU8(gt.numberingPlan() << 4 | gt.encodingScheme());
      case TT_NP_ES_NAI ->
          out.writeU8(gt.translationType())
              .writeU8(gt.numberingPlan() << 4 | gt.encodingScheme())
              .writeU8((gt.naiSpareBit() ? 0x80 : 0) | gt.natureOfAddress());
      default -> throw new IllegalStateException("no global title for " + gt.indicator());
    }
    out.writeOctets(Digits.encodeBcd(gt.digits()));
  }

  private static int ituValue(PointCode pc) {
    if (pc.format() != org.ss7sim.mtp.PointCodeFormat.ITU) {
      throw new IllegalArgumentException("only ITU point codes fit an ITU SCCP address: " + pc);
    }
    return pc.value();
  }
}
