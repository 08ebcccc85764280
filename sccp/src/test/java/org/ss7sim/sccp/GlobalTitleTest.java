package org.ss7sim.sccp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobalTitleTest {
  @Test
  void five_argument_form_derives_bcd_odd_or_even_from_the_digit_count() {
    assertThat(GlobalTitle.e164("123").encodingScheme()).isEqualTo(GlobalTitle.ES_BCD_ODD);
    assertThat(GlobalTitle.e164("1234").encodingScheme()).isEqualTo(GlobalTitle.ES_BCD_EVEN);
    assertThat(new GlobalTitle(GlobalTitleIndicator.TT_ONLY, 1, 0, 0, "123").encodingScheme())
        .isEqualTo(GlobalTitle.ES_UNKNOWN);
  }

  @Test
  void a_bcd_scheme_that_contradicts_the_digit_count_is_refused() {
    assertThatThrownBy(() -> new GlobalTitle(GlobalTitleIndicator.TT_NP_ES_NAI, 0, 1, 4, "123", 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GlobalTitle.e164("12x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GlobalTitle(GlobalTitleIndicator.TT_NP_ES_NAI, 0, 1, 128, "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hex_digits_are_kept_in_lower_case() {
    assertThat(GlobalTitle.e164("1ABF").digits()).isEqualTo("1abf");
    assertThat(GlobalTitle.e164("1ABF")).isEqualTo(GlobalTitle.e164("1abf"));
  }

  @Test
  void with_digits_recomputes_the_odd_even_scheme_and_keeps_the_rest() {
    GlobalTitle gt = new GlobalTitle(GlobalTitleIndicator.TT_NP_ES_NAI, 3, 7, 4, "1234", 2, true);
    GlobalTitle changed = gt.withDigits("12345");
    assertThat(changed.encodingScheme()).isEqualTo(GlobalTitle.ES_BCD_ODD);
    assertThat(changed.naiSpareBit()).isTrue();
    assertThat(changed.translationType()).isEqualTo(3);
    assertThat(gt.withTranslationType(10).digits()).isEqualTo("1234");
  }

  @Test
  void a_non_bcd_scheme_is_kept_when_digits_change() {
    GlobalTitle national = new GlobalTitle(GlobalTitleIndicator.TT_NP_ES, 0, 1, 0, "1234", 3);
    assertThat(national.bcdDigits()).isFalse();
    assertThat(national.withDigits("123456").encodingScheme()).isEqualTo(GlobalTitle.ES_NATIONAL);
  }
}
