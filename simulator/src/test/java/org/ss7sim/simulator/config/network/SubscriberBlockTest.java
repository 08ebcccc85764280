package org.ss7sim.simulator.config.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.wire.Octets;

/** Which numbers a block of consecutive subscribers holds, and its i-th numbers. */
class SubscriberBlockTest {
  private static Subscriber block(String msisdn, String imsi, int count) {
    Octets key = Octets.wrap(new byte[16]);
    return new Subscriber(
        msisdn,
        imsi,
        key,
        key,
        Optional.empty(),
        SubscriberState.ATTACHED,
        count,
        new Location("test", 1, 1));
  }

  @Test
  void holds_its_count_of_consecutive_numbers_of_the_same_length() {
    Subscriber b = block("447700900998", "001010000000998", 5);
    assertThat(b.hasMsisdn("447700900998")).isTrue();
    assertThat(b.hasMsisdn("447700901002")).isTrue(); // carries into the next digits
    assertThat(b.hasMsisdn("447700901003")).isFalse(); // the sixth
    assertThat(b.hasMsisdn("447700900997")).isFalse(); // before the first
    assertThat(b.hasMsisdn("0447700900998")).isFalse(); // another length
    assertThat(b.hasMsisdn("44770090099+")).isFalse();
    assertThat(b.hasMsisdn("-44770090099")).isFalse();
    assertThat(b.hasMsisdn("")).isFalse();
    assertThat(b.hasImsi("001010000001002")).isTrue(); // leading zeros kept
    assertThat(b.hasImsi("001010000001003")).isFalse();
    assertThat(b.msisdnAt(4)).isEqualTo("447700901002");
    assertThat(b.imsiAt(2)).isEqualTo("001010000001000");
    assertThat(b.lastMsisdn()).isEqualTo("447700901002");
    assertThatThrownBy(() -> b.msisdnAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void numbers_longer_than_a_long_holds_count_the_same_way() {
    Subscriber b = block("99999999999999999998", "001010000000001", 3);
    assertThat(b.hasMsisdn("99999999999999999998")).isTrue();
    assertThat(b.hasMsisdn("99999999999999999999")).isTrue();
    assertThat(b.hasMsisdn("99999999999999999997")).isFalse();
    assertThat(b.msisdnAt(1)).isEqualTo("99999999999999999999");
    assertThat(b.msisdnAt(2)).isEqualTo("100000000000000000000"); // the block runs past the digits
  }
}
