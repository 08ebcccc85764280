package org.ss7sim.map.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.map.sms.DataCodingScheme.Alphabet;
import org.ss7sim.map.sms.DataCodingScheme.Group;
import org.ss7sim.map.sms.DataCodingScheme.MessageClass;

/** TS 23.038 §4 coding groups; the cases jss7's DataCodingSchemeTest asserts. */
class DataCodingSchemeTest {
  @Test
  void general_group_alphabets_classes_and_compression() {
    assertThat(new DataCodingScheme(0x00).alphabet()).isEqualTo(Alphabet.GSM7);
    assertThat(new DataCodingScheme(0x00).messageClass()).isEmpty();
    assertThat(new DataCodingScheme(0x08).alphabet()).isEqualTo(Alphabet.UCS2);
    assertThat(new DataCodingScheme(0x04).alphabet()).isEqualTo(Alphabet.EIGHT_BIT);
    DataCodingScheme c = new DataCodingScheme(0x30);
    assertThat(c.compressed()).isTrue();
    assertThat(c.messageClass()).contains(MessageClass.CLASS_0);
    assertThat(new DataCodingScheme(0x12).messageClass()).contains(MessageClass.CLASS_2);
    assertThat(new DataCodingScheme(0x0c).alphabet()).isEqualTo(Alphabet.GSM7); // reserved alphabet
  }

  @Test
  void automatic_deletion_message_waiting_and_class_groups() {
    assertThat(new DataCodingScheme(0x40).group()).isEqualTo(Group.AUTOMATIC_DELETION);
    DataCodingScheme discard = new DataCodingScheme(0xc0);
    assertThat(discard.group()).isEqualTo(Group.MESSAGE_WAITING_DISCARD);
    assertThat(discard.indicationActive()).isFalse();
    assertThat(new DataCodingScheme(0xd9).indicationActive()).isTrue();
    assertThat(new DataCodingScheme(0xe0).alphabet()).isEqualTo(Alphabet.UCS2);
    DataCodingScheme f = new DataCodingScheme(0xf5);
    assertThat(f.group()).isEqualTo(Group.DATA_CODING_MESSAGE_CLASS);
    assertThat(f.alphabet()).isEqualTo(Alphabet.EIGHT_BIT);
    assertThat(f.messageClass()).contains(MessageClass.CLASS_1);
    assertThat(new DataCodingScheme(0x80).group()).isEqualTo(Group.RESERVED);
  }

  @Test
  void factory_builds_general_group_codes() {
    assertThat(DataCodingScheme.of(Alphabet.UCS2, null).code()).isEqualTo(0x08);
    assertThat(DataCodingScheme.of(Alphabet.GSM7, MessageClass.CLASS_0).code()).isEqualTo(0x10);
    assertThat(DataCodingScheme.of(Alphabet.EIGHT_BIT, MessageClass.CLASS_3).code())
        .isEqualTo(0x17);
  }
}
