package org.ss7sim.map.sms;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.WireReader;
import org.ss7sim.wire.WireWriter;

/**
 * TP-Service-Centre-Time-Stamp and the absolute validity period format (TS 23.040 §9.2.3.11): seven
 * octets of two semi-octet decimal digits each, the first digit in the low nibble.
 *
 * <pre>
 *   year | month | day | hour | minute | second | time zone
 *   time zone: quarters of an hour from GMT; bit 3 of the first (low) nibble is the sign (1 = minus)
 * </pre>
 *
 * @param year two digits, 0–99
 * @param timeZoneQuarters signed offset from GMT in quarters of an hour, -79..79
 */
public record SmsTimestamp(
    int year, int month, int day, int hour, int minute, int second, int timeZoneQuarters) {
  public static final int LENGTH = 7;

  public SmsTimestamp {
    check(year, "year");
    check(month, "month");
    check(day, "day");
    check(hour, "hour");
    check(minute, "minute");
    check(second, "second");
    if (timeZoneQuarters < -79 || timeZoneQuarters > 79) {
      throw new IllegalArgumentException("time zone out of range: " + timeZoneQuarters);
    }
  }

  private static void check(int v, String what) {
    if (v < 0 || v > 99) {
      throw new IllegalArgumentException(what + " out of range: " + v);
    }
  }

  /** The time stamp of a date-time (two-digit year). */
  public static SmsTimestamp of(OffsetDateTime t) {
    return new SmsTimestamp(
        t.getYear() % 100,
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        t.getOffset().getTotalSeconds() / 900);
  }

  /** As a date-time, taking the year as 20yy. */
  public OffsetDateTime toDateTime() {
    return OffsetDateTime.of(
        2000 + year,
        month,
        day,
        hour,
        minute,
        second,
        0,
        ZoneOffset.ofTotalSeconds(timeZoneQuarters * 900));
  }

  public static SmsTimestamp decode(WireReader in) throws MalformedMessageException {
    int start = in.offset();
    int[] v = new int[6];
    for (int i = 0; i < 6; i++) {
      v[i] = swappedDecimal(in.readU8(), start + i);
    }
    int tz = in.readU8();
    int tens = tz & 0x07;
    int units = tz >> 4;
    if (units > 9) {
      throw new MalformedMessageException(
          "time zone digit not decimal", start + 6, "TS 23.040 §9.2.3.11");
    }
    int q = tens * 10 + units;
    return new SmsTimestamp(v[0], v[1], v[2], v[3], v[4], v[5], (tz & 0x08) != 0 ? -q : q);
  }

  public static void encode(SmsTimestamp t, WireWriter out) {
    out.writeU8(swapped(t.year))
        .writeU8(swapped(t.month))
        .writeU8(swapped(t.day))
        .writeU8(swapped(t.hour))
        .writeU8(swapped(t.minute))
        .writeU8(swapped(t.second));
    int q = Math.abs(t.timeZoneQuarters);
    out.writeU8((q % 10) << 4 | (q / 10) | (t.timeZoneQuarters < 0 ? 0x08 : 0));
  }

  private static int swappedDecimal(int b, int offset) throws MalformedMessageException {
    int lo = b & 0x0f;
    int hi = b >> 4;
    if (lo > 9 || hi > 9) {
      throw new MalformedMessageException(
          "time stamp digit not decimal", offset, "TS 23.040 §9.2.3.11");
    }
    return lo * 10 + hi;
  }

  private static int swapped(int v) {
    return (v % 10) << 4 | v / 10;
  }
}
