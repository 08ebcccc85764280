package org.ss7sim.smpp.pdu;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A schedule_delivery_time or validity_period (SMPP 3.4 §7.1.1): "YYMMDDhhmmsstnnp", 16 characters,
 * where p is '+' or '-' for an absolute time with its offset from UTC in quarter hours nn, or 'R'
 * for a time relative to now. The empty string means "none" and is not a value of this type.
 */
public sealed interface SmppTime {

  /** The 16-character wire text. */
  String text();

  /** The moment this time denotes, given "now" for relative times. */
  Instant resolve(Instant now);

  /** An absolute time: local date-time, tenths of a second, offset from UTC in quarter hours. */
  record Absolute(LocalDateTime local, int tenths, int quarterHours) implements SmppTime {
    public Absolute {
      if (tenths < 0 || tenths > 9 || quarterHours < -48 || quarterHours > 48) {
        throw new IllegalArgumentException("tenths " + tenths + ", quarter hours " + quarterHours);
      }
      if (local.getYear() < 2000 || local.getYear() > 2099) {
        throw new IllegalArgumentException("year outside 2000–2099: " + local.getYear());
      }
    }

    /** The instant in UTC, with tenths of a second. */
    public static Absolute utc(Instant instant) {
      LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      return new Absolute(t.withNano(0), t.getNano() / 100_000_000, 0);
    }

    @Override
    public String text() {
      return String.format(
          "%02d%02d%02d%02d%02d%02d%d%02d%c",
          local.getYear() - 2000,
          local.getMonthValue(),
          local.getDayOfMonth(),
          local.getHour(),
          local.getMinute(),
          local.getSecond(),
          tenths,
          Math.abs(quarterHours),
          quarterHours < 0 ? '-' : '+');
    }

    @Override
    public Instant resolve(Instant now) {
      return local
          .toInstant(ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60))
          .plusMillis(tenths * 100L);
    }
  }

  /** A relative time: years, months, days, hours, minutes, seconds from now. */
  record Relative(int years, int months, int days, int hours, int minutes, int seconds)
      implements SmppTime {
    public Relative {
      for (int v : new int[] {years, months, days, hours, minutes, seconds}) {
        if (v < 0 || v > 99) {
          throw new IllegalArgumentException("relative time field out of range: " + v);
        }
      }
    }

    @Override
    public String text() {
      return String.format(
          "%02d%02d%02d%02d%02d%02d000R", years, months, days, hours, minutes, seconds);
    }

    /** Months count as 30 days and years as 365, as SMSCs customarily do. */
    public Duration duration() {
      return Duration.ofDays(years * 365L + months * 30L + days)
          .plusHours(hours)
          .plusMinutes(minutes)
          .plusSeconds(seconds);
    }

    @Override
    public Instant resolve(Instant now) {
      return now.plus(duration());
    }
  }

  /**
   * Parses the wire text.
   *
   * @throws IllegalArgumentException if the text is not a valid SMPP time
   */
  static SmppTime parse(String text) {
    if (text.length() != 16) {
      throw new IllegalArgumentException("SMPP time must be 16 characters: '" + text + "'");
    }
    for (int i = 0; i < 15; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new IllegalArgumentException("non-digit in SMPP time: '" + text + "'");
      }
    }
    int[] f = new int[6];
    for (int i = 0; i < 6; i++) {
      f[i] = Integer.parseInt(text.substring(2 * i, 2 * i + 2));
    }
    int tenths = text.charAt(12) - '0';
    int nn = Integer.parseInt(text.substring(13, 15));
    char p = text.charAt(15);
    switch (p) {
      case 'R':
        return new Relative(f[0], f[1], f[2], f[3], f[4], f[5]);
      case '+':
      case '-':
        try {
          LocalDateTime local = LocalDateTime.of(2000 + f[0], f[1], f[2], f[3], f[4], f[5]);
          return new Absolute(local, tenths, p == '-' ? -nn : nn);
        } catch (java.time.DateTimeException e) {
          throw new IllegalArgumentException("invalid date in SMPP time: '" + text + "'", e);
        }
      default:
        throw new IllegalArgumentException("SMPP time must end in '+', '-' or 'R': '" + text + "'");
    }
  }

  /** Parses {@code text}, or returns {@code null} for the empty string (no time given). */
  static SmppTime parseOptional(String text) {
    return text.isEmpty() ? null : parse(text);
  }
}
