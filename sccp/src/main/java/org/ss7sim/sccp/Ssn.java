package org.ss7sim.sccp;

/** A subsystem number (Q.713 §3.4.2.2), 0–255; 0 means not known / not used. */
public record Ssn(int value) {
  public static final Ssn SCMG = new Ssn(1);
  public static final Ssn ISUP = new Ssn(3);
  public static final Ssn HLR = new Ssn(6);
  public static final Ssn VLR = new Ssn(7);
  public static final Ssn MSC = new Ssn(8);
  public static final Ssn EIR = new Ssn(9);
  public static final Ssn GMLC = new Ssn(145);
  public static final Ssn CAP = new Ssn(146);
  public static final Ssn GSM_SCF = new Ssn(147);
  public static final Ssn SGSN = new Ssn(149);
  public static final Ssn INAP = new Ssn(241);

  public Ssn {
    if (value < 0 || value > 255) {
      throw new IllegalArgumentException("SSN out of range: " + value);
    }
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
