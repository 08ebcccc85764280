package org.ss7sim.simulator.config.network;

/** Circuit identification codes {@code first..last}, both included (Q.763 §1.2: 12 bits in ITU). */
public record CicRange(int first, int last) {
  public static final int MAX_CIC = 4095;

  public CicRange {
    if (first < 0 || last > MAX_CIC || first > last) {
      throw new IllegalArgumentException("bad CIC range " + first + "-" + last);
    }
  }

  public int size() {
    return last - first + 1;
  }

  public boolean overlaps(CicRange o) {
    return first <= o.last && o.first <= last;
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
