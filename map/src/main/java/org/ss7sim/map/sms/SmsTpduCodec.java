package org.ss7sim.map.sms;

import org.ss7sim.map.sms.SmsTpdu.SmsCommand;
import org.ss7sim.map.sms.SmsTpdu.SmsDeliver;
import org.ss7sim.map.sms.SmsTpdu.SmsDeliverReport;
import org.ss7sim.map.sms.SmsTpdu.SmsStatusReport;
import org.ss7sim.map.sms.SmsTpdu.SmsSubmit;
import org.ss7sim.map.sms.SmsTpdu.SmsSubmitReport;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * Codec of the TPDUs (TS 23.040 §9.2.2). First-octet bits:
 *
 * <pre>
 *   bit        7    6     5     4  3   2     1 0
 *   DELIVER    RP   UDHI  SRI   -  LP  MMS   MTI=00
 *   SUBMIT     RP   UDHI  SRR   VPF    RD    MTI=01
 *   STATUS-REP -    UDHI  SRQ   -  LP  MMS   MTI=10
 *   COMMAND    -    UDHI  SRR   -  -   -     MTI=10
 *   reports    -    UDHI  -     -  -   -     MTI=00 (DELIVER-REPORT) / 01 (SUBMIT-REPORT)
 * </pre>
 *
 * TP-MMS is 0 when more messages are waiting. In the reports TP-FCS is present only for RP-ERROR;
 * it is recognised by its value (failure causes are 0x80–0xFF, TP-PI has bit 7 clear).
 */
public final class SmsTpduCodec {
  private SmsTpduCodec() {}

  /** Decodes a whole TPDU; trailing octets are an error. */
  public static SmsTpdu decode(Octets tpdu, SmsDirection direction)
      throws MalformedMessageException {
    WireReader in = tpdu.reader();
    SmsTpdu t = decode(in, direction);
    in.requireEnd("TPDU");
    return t;
  }

  public static SmsTpdu decode(WireReader in, SmsDirection direction)
      throws MalformedMessageException {
    int start = in.offset();
    try {
      return decodeChecked(in, direction);
    } catch (IllegalArgumentException e) {
      // a value out of its record's range: malformed, like any other bad field
      throw new MalformedMessageException(e.getMessage(), start, "TS 23.040 §9.2");
    }
  }

  private static SmsTpdu decodeChecked(WireReader in, SmsDirection direction)
      throws MalformedMessageException {
    int first = in.readU8();
    int mti = first & 3;
    if (mti == 3) {
      throw new MalformedMessageException(
          "reserved TP-MTI 3", in.offset() - 1, "TS 23.040 §9.2.3.1");
    }
    boolean toMobile = direction == SmsDirection.TO_MOBILE;
    return switch (mti) {
      case 0 -> toMobile ? deliver(first, in) : deliverReport(first, in);
      case 1 -> toMobile ? submitReport(first, in) : submit(first, in);
      default -> toMobile ? statusReport(first, in) : command(first, in);
    };
  }

  public static Octets encode(SmsTpdu t) {
    WireWriter w = new WireWriter(176);
    encode(t, w);
    return w.toOctets();
  }

  public static void encode(SmsTpdu t, WireWriter out) {
    if (t instanceof SmsDeliver d) {
      out.writeU8(
          bit(!d.moreMessagesToSend(), 2)
              | bit(d.loopPrevention(), 3)
              | bit(d.statusReportIndication(), 5)
              | bit(d.userDataHeaderIndicator(), 6)
              | bit(d.replyPath(), 7));
      TpAddress.encode(d.originatingAddress(), out);
      out.writeU8(d.protocolIdentifier()).writeU8(d.dataCodingScheme().code());
      SmsTimestamp.encode(d.serviceCentreTimeStamp(), out);
      UserData.encode(d.userData(), out);
    } else if (t instanceof SmsSubmit s) {
      ValidityPeriod vp = s.validityPeriod();
      out.writeU8(
          1
              | bit(s.rejectDuplicates(), 2)
              | (vp == null ? 0 : vp.formatCode() << 3)
              | bit(s.statusReportRequest(), 5)
              | bit(s.userDataHeaderIndicator(), 6)
              | bit(s.replyPath(), 7));
      out.writeU8(s.messageReference());
      TpAddress.encode(s.destinationAddress(), out);
      out.writeU8(s.protocolIdentifier()).writeU8(s.dataCodingScheme().code());
      if (vp instanceof ValidityPeriod.Relative r) {
        out.writeU8(r.code());
      } else if (vp instanceof ValidityPeriod.Absolute a) {
        SmsTimestamp.encode(a.time(), out);
      } else if (vp instanceof ValidityPeriod.Enhanced e) {
        out.writeOctets(e.octets());
      }
      UserData.encode(s.userData(), out);
    } else if (t instanceof SmsStatusReport r) {
      out.writeU8(
          2
              | bit(!r.moreMessagesToSend(), 2)
              | bit(r.loopPrevention(), 3)
              | bit(r.statusReportQualifier(), 5)
              | bit(r.userDataHeaderIndicator(), 6));
      out.writeU8(r.messageReference());
      TpAddress.encode(r.recipientAddress(), out);
      SmsTimestamp.encode(r.serviceCentreTimeStamp(), out);
      SmsTimestamp.encode(r.dischargeTime(), out);
      out.writeU8(r.status());
      writeOptionals(r.protocolIdentifier(), r.dataCodingScheme(), r.userData(), out);
    } else if (t instanceof SmsCommand c) {
      out.writeU8(2 | bit(c.statusReportRequest(), 5) | bit(c.userDataHeaderIndicator(), 6));
      out.writeU8(c.messageReference())
          .writeU8(c.protocolIdentifier())
          .writeU8(c.commandType())
          .writeU8(c.messageNumber());
      TpAddress.encode(c.destinationAddress(), out);
      out.writeU8(c.commandData().length()).writeOctets(c.commandData());
    } else if (t instanceof SmsDeliverReport d) {
      out.writeU8(bit(d.userDataHeaderIndicator(), 6));
      if (d.failureCause() != null) {
        out.writeU8(d.failureCause());
      }
      // TP-PI is mandatory in DELIVER-REPORT (§9.2.2.1a).
      out.writeU8(parameterIndicator(d.protocolIdentifier(), d.dataCodingScheme(), d.userData()));
      writeFields(d.protocolIdentifier(), d.dataCodingScheme(), d.userData(), out);
    } else if (t instanceof SmsSubmitReport s) {
      out.writeU8(1 | bit(s.userDataHeaderIndicator(), 6));
      if (s.failureCause() != null) {
        out.writeU8(s.failureCause());
      }
      // TP-PI is mandatory in SUBMIT-REPORT (§9.2.2.2a), written before the time stamp.
      out.writeU8(parameterIndicator(s.protocolIdentifier(), s.dataCodingScheme(), s.userData()));
      SmsTimestamp.encode(s.serviceCentreTimeStamp(), out);
      writeFields(s.protocolIdentifier(), s.dataCodingScheme(), s.userData(), out);
    }
  }

  private static SmsDeliver deliver(int f, WireReader in) throws MalformedMessageException {
    TpAddress oa = TpAddress.decode(in);
    int pid = in.readU8();
    DataCodingScheme dcs = new DataCodingScheme(in.readU8());
    SmsTimestamp scts = SmsTimestamp.decode(in);
    UserData ud = UserData.decode(in, dcs);
    return new SmsDeliver(
        !has(f, 2), has(f, 3), has(f, 5), has(f, 6), has(f, 7), oa, pid, dcs, scts, ud);
  }

  private static SmsSubmit submit(int f, WireReader in) throws MalformedMessageException {
    int mr = in.readU8();
    TpAddress da = TpAddress.decode(in);
    int pid = in.readU8();
    DataCodingScheme dcs = new DataCodingScheme(in.readU8());
    ValidityPeriod vp =
        switch ((f >> 3) & 3) {
          case 2 -> new ValidityPeriod.Relative(in.readU8());
          case 3 -> new ValidityPeriod.Absolute(SmsTimestamp.decode(in));
          case 1 -> new ValidityPeriod.Enhanced(in.readOctets(7));
          default -> null;
        };
    UserData ud = UserData.decode(in, dcs);
    return new SmsSubmit(has(f, 2), has(f, 5), has(f, 6), has(f, 7), mr, da, pid, dcs, vp, ud);
  }

  private static SmsStatusReport statusReport(int f, WireReader in)
      throws MalformedMessageException {
    int mr = in.readU8();
    TpAddress ra = TpAddress.decode(in);
    SmsTimestamp scts = SmsTimestamp.decode(in);
    SmsTimestamp dt = SmsTimestamp.decode(in);
    int st = in.readU8();
    Optionals o = in.hasRemaining() ? optionals(in) : Optionals.NONE;
    return new SmsStatusReport(
        !has(f, 2), has(f, 3), has(f, 5), has(f, 6), mr, ra, scts, dt, st, o.pid, o.dcs, o.ud);
  }

  private static SmsCommand command(int f, WireReader in) throws MalformedMessageException {
    int mr = in.readU8();
    int pid = in.readU8();
    int ct = in.readU8();
    int mn = in.readU8();
    TpAddress da = TpAddress.decode(in);
    int at = in.offset();
    int cdl = in.readU8();
    if (cdl > 146) {
      throw new MalformedMessageException(
          "TP-CDL " + cdl + " exceeds 146", at, "TS 23.040 §9.2.3.20");
    }
    return new SmsCommand(has(f, 5), has(f, 6), mr, pid, ct, mn, da, in.readOctets(cdl));
  }

  private static SmsDeliverReport deliverReport(int f, WireReader in)
      throws MalformedMessageException {
    Integer fcs = in.hasRemaining() && in.peekU8() >= 0x80 ? in.readU8() : null;
    Optionals o = in.hasRemaining() ? optionals(in) : Optionals.NONE;
    return new SmsDeliverReport(has(f, 6), fcs, o.pid, o.dcs, o.ud);
  }

  private static SmsSubmitReport submitReport(int f, WireReader in)
      throws MalformedMessageException {
    Integer fcs = in.peekU8() >= 0x80 ? in.readU8() : null;
    int pi = in.readU8();
    SmsTimestamp scts = SmsTimestamp.decode(in);
    Optionals o = fields(pi, in);
    return new SmsSubmitReport(has(f, 6), fcs, scts, o.pid, o.dcs, o.ud);
  }

  private record Optionals(Integer pid, DataCodingScheme dcs, UserData ud) {
    static final Optionals NONE = new Optionals(null, null, null);
  }

  /** TP-PI (§9.2.3.27) then the parameters it announces. */
  private static Optionals optionals(WireReader in) throws MalformedMessageException {
    return fields(in.readU8(), in);
  }

  private static Optionals fields(int pi, WireReader in) throws MalformedMessageException {
    Integer pid = (pi & 1) != 0 ? in.readU8() : null;
    DataCodingScheme dcs = (pi & 2) != 0 ? new DataCodingScheme(in.readU8()) : null;
    // Without TP-DCS the default alphabet applies (§9.2.3.27).
    UserData ud =
        (pi & 4) != 0 ? UserData.decode(in, dcs == null ? DataCodingScheme.GSM7 : dcs) : null;
    return new Optionals(pid, dcs, ud);
  }

  private static int parameterIndicator(Integer pid, DataCodingScheme dcs, UserData ud) {
    return (pid != null ? 1 : 0) | (dcs != null ? 2 : 0) | (ud != null ? 4 : 0);
  }

  private static void writeOptionals(
      Integer pid, DataCodingScheme dcs, UserData ud, WireWriter out) {
    int pi = parameterIndicator(pid, dcs, ud);
    if (pi != 0) {
      out.writeU8(pi);
      writeFields(pid, dcs, ud, out);
    }
  }

  private static void writeFields(Integer pid, DataCodingScheme dcs, UserData ud, WireWriter out) {
    if (pid != null) {
      out.writeU8(pid);
    }
    if (dcs != null) {
      out.writeU8(dcs.code());
    }
    if (ud != null) {
      UserData.encode(ud, out);
    }
  }

  private static boolean has(int octet, int bit) {
    return (octet & (1 << bit)) != 0;
  }

  private static int bit(boolean v, int bit) {
    return v ? 1 << bit : 0;
  }
}
