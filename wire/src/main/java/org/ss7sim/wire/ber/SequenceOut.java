package org.ss7sim.wire.ber;

import java.util.List;

/**
 * Writes a SEQUENCE's modelled components interleaved with the unmodelled ones it was decoded with,
 * each unmodelled element at the place its tag has in the ASN.1 definition ({@code order}).
 * Unmodelled elements are always written in the order of their list (the wire order they were
 * decoded in): before a modelled component, the ones due before it are written up to the first that
 * is not; elements whose tag the definition does not list (extensions after "...") are due last,
 * and so are the ones that follow them. Well-formed input is reproduced octet for octet; ill-formed
 * input (an unlisted tag in the middle) re-encodes with its unmodelled elements in the same order,
 * so that decoding the result gives the same value.
 */
public final class SequenceOut {
  private final BerWriter out;
  private final int[] order;
  private final List<RawElement> rest;
  private int next;

  public SequenceOut(BerWriter out, int[] order, List<RawElement> rest) {
    this.out = out;
    this.order = order;
    this.rest = rest;
  }

  /** Writes the unmodelled elements that come before a component with {@code tag}. */
  public BerWriter before(int tag) {
    int rank = rank(tag);
    while (next < rest.size() && rank(rest.get(next).tag()) < rank) {
      out.raw(rest.get(next++).encoding());
    }
    return out;
  }

  /** Writes the remaining unmodelled elements. */
  public void finish() {
    while (next < rest.size()) {
      out.raw(rest.get(next++).encoding());
    }
  }

  private int rank(int tag) {
    int t = normalized(tag);
    for (int i = 0; i < order.length; i++) {
      if (normalized(order[i]) == t) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Context-specific tags compare by number alone (primitive or constructed is the type's
   * business); universal tags compare whole.
   */
  static int normalized(int tag) {
    // a high tag number sets the top bits of the int (0x9f << 24 is negative): test the bits,
    // not the sign
    if ((tag & 0xffffff00) != 0) {
      int first = tag >>> 24;
      return (first & 0xc0) == 0x80 ? tag & ~(0x20 << 24) : tag;
    }
    return (tag & 0xc0) == 0x80 ? tag & ~0x20 : tag;
  }

  /** The tag of a context-specific component {@code [n]} for an order list. */
  public static int ctx(int n) {
    return n < 31 ? 0x80 | n : (0x9f << 24) | n;
  }
}
