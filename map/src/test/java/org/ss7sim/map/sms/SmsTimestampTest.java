package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ss7sim.testkit.GoldenVectors;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.WireWriter;

/** TP-SCTS (TS 23.040 §9.2.3.11) and relative validity (§9.2.3.12.1). */
class SmsTimestampTest {
  @Test
  void jss7_time_stamp_decodes_and_re_encodes() throws Exception {
    Octets bytes =
        GoldenVectors.named("sms_tpdu.tsv", "jss7-AbsoluteTimeStampTest-getData").bytes();
    SmsTimestamp t = SmsTimestamp.decode(bytes.reader());
    assertThat(t).isEqualTo(new SmsTimestamp(7, 5, 15, 15, 0, 41, 12));
    WireWriter w = new WireWriter();
    SmsTimestamp.encode(t, w);
    assertThat(w.toOctets()).isEqualTo(bytes);
    assertThat(t.toDateTime().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
  }

  @Test
  void negative_time_zone_sets_bit_three() {
    WireWriter w = new WireWriter();
    SmsTimestamp.encode(new SmsTimestamp(26, 11, 26, 5, 40, 0, -20), w);
    assertThat(w.toOctets().toHex())
        .isEqualTo("6211625004000a"); // -20 quarters: tens 2 + sign 8 = 0xa, units 0
  }

  @Test
  void relative_validity_ranges() {
    assertThat(new ValidityPeriod.Relative(0).duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(new ValidityPeriod.Relative(143).duration()).isEqualTo(Duration.ofHours(12));
    assertThat(new ValidityPeriod.Relative(167).duration()).isEqualTo(Duration.ofHours(24));
    assertThat(new ValidityPeriod.Relative(168).duration()).isEqualTo(Duration.ofDays(2));
    assertThat(new ValidityPeriod.Relative(173).duration()).isEqualTo(Duration.ofDays(7));
    assertThat(new ValidityPeriod.Relative(255).duration()).isEqualTo(Duration.ofDays(441));
    assertThat(ValidityPeriod.Relative.atLeast(Duration.ofDays(3)).code()).isEqualTo(169);
  }
}
