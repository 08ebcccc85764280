package org.ss7sim.smpp.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The receipt text (SMPP 3.4 Appendix B) is written and read without formatters on the hot path;
 * these tests hold it to what {@code String.format("%03d")} and the {@code yyMMddHHmm} formatter
 * give.
 */
class DeliveryReceiptTextTest {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");

  private static String expected(DeliveryReceipt r) {
    return "id:"
        + r.messageId()
        + " sub:"
        + String.format("%03d", r.submitted())
        + " dlvrd:"
        + String.format("%03d", r.delivered())
        + " submit date:"
        + DATE.format(LocalDateTime.ofInstant(r.submitDate(), ZoneOffset.UTC))
        + " done date:"
        + DATE.format(LocalDateTime.ofInstant(r.doneDate(), ZoneOffset.UTC))
        + " stat:"
        + r.state().stat()
        + " err:"
        + String.format("%03d", r.error())
        + " text:"
        + r.text();
  }

  @Test
  void text_is_what_the_formatters_give_and_reads_back() {
    SplittableRandom random = new SplittableRandom(5);
    int[] numbers = {0, 1, 9, 10, 99, 100, 999, 1000, 65535, -1, -42};
    MessageState[] states = MessageState.values();
    for (int i = 0; i < 2000; i++) {
      // 2000-01-01 .. 2099-12-31, minute precision as on the wire
      long minute = random.nextLong(946_684_800L / 60, 4_102_444_799L / 60);
      Instant submit = Instant.ofEpochSecond(minute * 60);
      Instant done = submit.plusSeconds(60L * random.nextInt(0, 100_000));
      if (done.getEpochSecond() >= 4_102_444_800L) {
        done = submit;
      }
      DeliveryReceipt r =
          new DeliveryReceipt(
              "id" + i,
              numbers[random.nextInt(numbers.length)],
              numbers[random.nextInt(7)],
              submit,
              done,
              states[random.nextInt(states.length)],
              numbers[random.nextInt(numbers.length)],
              "text " + i);
      assertThat(r.toText()).isEqualTo(expected(r));
      if (r.submitted() >= 0 && r.delivered() >= 0 && r.error() >= 0) {
        DeliveryReceipt back = DeliveryReceipt.parse(r.toText());
        assertThat(back).as(r.toText()).isNotNull();
        assertThat(back.submitDate()).isEqualTo(submit);
        assertThat(back.doneDate()).isEqualTo(done);
        assertThat(back.submitted()).isEqualTo(r.submitted());
        assertThat(back.error()).isEqualTo(r.error());
      }
    }
  }

  @Test
  void dates_that_do_not_exist_are_not_receipts() {
    String base = "id:1 sub:001 dlvrd:001 submit date:%s done date:2612070101 stat:DELIVRD err:000";
    assertThat(DeliveryReceipt.parse(String.format(base, "2613010000"))).isNull(); // month 13
    assertThat(DeliveryReceipt.parse(String.format(base, "2602300000"))).isNull(); // 30 February
    assertThat(DeliveryReceipt.parse(String.format(base, "2612072400"))).isNull(); // hour 24
    assertThat(DeliveryReceipt.parse(String.format(base, "2612070101"))).isNotNull();
  }
}
