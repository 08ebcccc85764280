package org.ss7sim.map.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * TP-User-Data-Header (TS 23.040 §9.2.3.24): UDHL, then information elements (IEI, IEDL, data) in
 * wire order. Elements we do not model are kept as {@link Unknown} and re-encoded unchanged.
 */
public record UserDataHeader(List<Element> elements) {
  public UserDataHeader {
    elements = List.copyOf(elements);
  }

  public static UserDataHeader of(Element... elements) {
    return new UserDataHeader(List.of(elements));
  }

  /** One information element. */
  public sealed interface Element {
    int iei();
  }

  /**
   * Concatenated short messages, 8-bit reference (IEI 0x00, §9.2.3.24.1) or 16-bit reference (IEI
   * 0x08, §9.2.3.24.8, reference most significant octet first).
   */
  record Concatenation(int reference, boolean sixteenBitReference, int total, int sequence)
      implements Element {
    public Concatenation {
      if (reference < 0 || reference > (sixteenBitReference ? 0xffff : 0xff)) {
        throw new IllegalArgumentException("concatenation reference out of range: " + reference);
      }
      if (total < 0 || total > 255 || sequence < 0 || sequence > 255) {
        throw new IllegalArgumentException("segment count/number out of range");
      }
    }

    @Override
    public int iei() {
      return sixteenBitReference ? 0x08 : 0x00;
    }
  }

  /**
   * Application port addressing, 8-bit (IEI 0x04, §9.2.3.24.3) or 16-bit ports (IEI 0x05,
   * §9.2.3.24.4).
   */
  record PortAddressing(int destination, int originator, boolean sixteenBit) implements Element {
    public PortAddressing {
      int max = sixteenBit ? 0xffff : 0xff;
      if (destination < 0 || destination > max || originator < 0 || originator > max) {
        throw new IllegalArgumentException("port out of range");
      }
    }

    @Override
    public int iei() {
      return sixteenBit ? 0x05 : 0x04;
    }
  }

  /** Any other element, kept as received. */
  record Unknown(int iei, Octets data) implements Element {
    public Unknown {
      if (iei < 0 || iei > 255 || data.length() > 255) {
        throw new IllegalArgumentException("bad information element");
      }
    }
  }

  /** The concatenation element, if any. */
  public Optional<Concatenation> concatenation() {
    for (Element e : elements) {
      if (e instanceof Concatenation c) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Octets the header takes including the UDHL octet. */
  public int encodedLength() {
    int n = 1;
    for (Element e : elements) {
      n += 2 + dataLength(e);
    }
    return n;
  }

  private static int dataLength(Element e) {
    if (e instanceof Concatenation c) {
      return c.sixteenBitReference() ? 4 : 3;
    } else if (e instanceof PortAddressing p) {
      return p.sixteenBit() ? 4 : 2;
    }
    return ((Unknown) e).data().length();
  }

  /** Decodes UDHL and the elements; {@code in} is positioned at the UDHL octet. */
  public static UserDataHeader decode(WireReader in) throws MalformedMessageException {
    int udhl = in.readU8();
    WireReader h = in.limited(udhl);
    List<Element> list = new ArrayList<>();
    while (h.hasRemaining()) {
      int at = h.offset();
      int iei = h.readU8();
      int len = h.readU8();
      Octets data = h.readOctets(len);
      list.add(element(iei, data, at));
    }
    return new UserDataHeader(list);
  }

  private static Element element(int iei, Octets d, int at) throws MalformedMessageException {
    switch (iei) {
      case 0x00:
        if (d.length() == 3) {
          return new Concatenation(d.get(0), false, d.get(1), d.get(2));
        }
        break;
      case 0x08:
        if (d.length() == 4) {
          return new Concatenation(d.get(0) << 8 | d.get(1), true, d.get(2), d.get(3));
        }
        break;
      case 0x04:
        if (d.length() == 2) {
          return new PortAddressing(d.get(0), d.get(1), false);
        }
        break;
      case 0x05:
        if (d.length() == 4) {
          return new PortAddressing(d.get(0) << 8 | d.get(1), d.get(2) << 8 | d.get(3), true);
        }
        break;
      default:
        return new Unknown(iei, d);
    }
    // A known element with the wrong length is kept as it came rather than rejected.
    return new Unknown(iei, d);
  }

  public static void encode(UserDataHeader h, WireWriter out) {
    out.writeU8(h.encodedLength() - 1);
    for (Element e : h.elements) {
      out.writeU8(e.iei()).writeU8(dataLength(e));
      if (e instanceof Concatenation c) {
        if (c.sixteenBitReference()) {
          out.writeU16(c.reference());
        } else {
          out.writeU8(c.reference());
        }
        out.writeU8(c.total()).writeU8(c.sequence());
      } else if (e instanceof PortAddressing p) {
        if (p.sixteenBit()) {
          out.writeU16(p.destination()).writeU16(p.originator());
        } else {
          out.writeU8(p.destination()).writeU8(p.originator());
        }
      } else {
        out.writeOctets(((Unknown) e).data());
      }
    }
  }

  /** The header as bytes, UDHL included. */
  public Octets toOctets() {
    WireWriter w = new WireWriter(encodedLength());
    encode(this, w);
    return w.toOctets();
  }
}
