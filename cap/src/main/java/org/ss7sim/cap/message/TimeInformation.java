package org.ss7sim.cap.message;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.BerWriter;

/**
 * {@code TimeInformation} of a timeDurationChargingResult (TS 29.078 §5.1), in 100 ms units.
 *
 * <pre>
 * TimeInformation ::= CHOICE {
 *   timeIfNoTariffSwitch [0] INTEGER (0..864000),
 *   timeIfTariffSwitch   [1] SEQUENCE {
 *     timeSinceTariffSwitch [0] INTEGER (0..864000),
 *     tariffSwitchInterval  [1] INTEGER (1..864000) OPTIONAL } }
 * </pre>
 *
 * @param tariffSwitch false: {@code time} is timeIfNoTariffSwitch; true: timeSinceTariffSwitch
 * @param tariffSwitchInterval only with a tariff switch; null when absent
 */
public record TimeInformation(boolean tariffSwitch, int time, Integer tariffSwitchInterval) {
  public static final BerCodec<TimeInformation> CODEC =
      new BerCodec<>() {
        @Override
        public TimeInformation decode(BerReader r) throws MalformedMessageException {
          if (r.tag() == 0x80) {
            return new TimeInformation(false, range(r, 0), null);
          }
          if (r.tag() != 0xa1) {
            throw r.error("TimeInformation must be [0] or [1]");
          }
          BerReader s = r.enter();
          s.expect(0x80, "timeSinceTariffSwitch");
          int since = range(s, 0);
          Integer interval = null;
          if (s.hasNext()) {
            s.expect(0x81, "tariffSwitchInterval");
            interval = range(s, 1);
          }
          s.requireEnd("timeIfTariffSwitch");
          return new TimeInformation(true, since, interval);
        }

        private int range(BerReader r, int min) throws MalformedMessageException {
          long v = r.longValue();
          if (v < min || v > 864000) {
            throw r.error("time " + v + " outside " + min + "..864000");
          }
          return (int) v;
        }

        @Override
        public void encode(TimeInformation v, int tag, BerWriter out) {
          if (!v.tariffSwitch) {
            out.integer(tag, v.time);
            return;
          }
          int m = out.start(tag);
          out.integer(0x80, v.time);
          if (v.tariffSwitchInterval != null) {
            out.integer(0x81, v.tariffSwitchInterval);
          }
          out.end(m);
        }

        @Override
        public int defaultTag() {
          return 0x80;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag == 0x80 || tag == 0xa1;
        }

        @Override
        public int tagFor(TimeInformation v, int fieldTag) {
          return v.tariffSwitch ? BerTag.contextConstructed(1) : 0x80;
        }
      };

  public TimeInformation {
    if (time < 0 || time > 864000) {
      throw new IllegalArgumentException("time out of range: " + time);
    }
    if (tariffSwitchInterval != null && (!tariffSwitch || tariffSwitchInterval < 1)) {
      throw new IllegalArgumentException("tariffSwitchInterval without a tariff switch");
    }
  }

  /** timeIfNoTariffSwitch, in 100 ms units. */
  public static TimeInformation noTariffSwitch(int tenthsOfSecond) {
    return new TimeInformation(false, tenthsOfSecond, null);
  }
}
