package org.ss7sim.isup.circuit;

import org.ss7sim.isup.message.Cic;

/** A contiguous range of CICs, both ends included. */
public record CicRange(int first, int last) {
  public CicRange {
    new Cic(first);
    new Cic(last);
    if (last < first) {
      throw new IllegalArgumentException("empty CIC range " + first + ".." + last);
    }
  }

  public static CicRange of(int first, int last) {
    return new CicRange(first, last);
  }

  public int size() {
    return last - first + 1;
  }
}
