package org.ss7sim.map.sms;

import java.time.Duration;
import org.ss7sim.wire.Octets;

/**
 * TP-Validity-Period (TS 23.040 §9.2.3.12) in one of its three formats; which one is present is
 * told by TP-VPF in the first octet of an SMS-SUBMIT.
 */
public sealed interface ValidityPeriod {
  /** TP-VPF code (bits 4-3 of the SMS-SUBMIT first octet): 2 relative, 1 enhanced, 3 absolute. */
  int formatCode();

  /** Octets of the field on the wire. */
  int length();

  /**
   * Relative format, one octet (§9.2.3.12.1): 0–143 (v+1)·5 minutes, 144–167 12 h + (v−143)·30 min,
   * 168–196 (v−166) days, 197–255 (v−192) weeks.
   */
  record Relative(int code) implements ValidityPeriod {
    public Relative {
      if (code < 0 || code > 255) {
        throw new IllegalArgumentException("relative validity period out of range: " + code);
      }
    }

    /** The shortest relative code that covers at least {@code d} (capped at 63 weeks). */
    public static Relative atLeast(Duration d) {
      for (int c = 0; c < 256; c++) {
        if (new Relative(c).duration().compareTo(d) >= 0) {
          return new Relative(c);
        }
      }
      return new Relative(255);
    }

    public Duration duration() {
      if (code <= 143) {
        return Duration.ofMinutes((code + 1) * 5L);
      } else if (code <= 167) {
        return Duration.ofHours(12).plusMinutes((code - 143) * 30L);
      } else if (code <= 196) {
        return Duration.ofDays(code - 166L);
      }
      return Duration.ofDays((code - 192) * 7L);
    }

    @Override
    public int formatCode() {
      return 2;
    }

    @Override
    public int length() {
      return 1;
    }
  }

  /** Absolute format: a time stamp (§9.2.3.12.2). */
  record Absolute(SmsTimestamp time) implements ValidityPeriod {
    @Override
    public int formatCode() {
      return 3;
    }

    @Override
    public int length() {
      return SmsTimestamp.LENGTH;
    }
  }

  /**
   * Enhanced format, seven octets (§9.2.3.12.3): a functionality indicator octet and up to six
   * octets of value, kept as received.
   */
  record Enhanced(Octets octets) implements ValidityPeriod {
    public Enhanced {
      if (octets.length() != 7) {
        throw new IllegalArgumentException(
            "enhanced validity period is 7 octets, not " + octets.length());
      }
    }

    @Override
    public int formatCode() {
      return 1;
    }

    @Override
    public int length() {
      return 7;
    }
  }
}
