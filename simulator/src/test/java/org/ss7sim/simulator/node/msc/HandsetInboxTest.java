package org.ss7sim.simulator.node.msc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.wire.Octets;

/** A handset's memory: the latest {@link Msc#INBOX} SMS-DELIVERs, repeats among them shown once. */
class HandsetInboxTest {

  private static Octets tpdu(int n) {
    return Octets.ofUnsigned(0x04, 0x0b, 0x91, n >> 8, n & 0xff, 0x00);
  }

  @Test
  void keeps_the_latest_messages_and_counts_them_all() {
    Msc.Inbox inbox = new Msc.Inbox();
    int many = Msc.INBOX + 10;
    for (int i = 0; i < many; i++) {
      assertThat(inbox.accept(tpdu(i))).isTrue();
    }
    assertThat(inbox.accepted()).isEqualTo(many);
    assertThat(inbox.held()).hasSize(Msc.INBOX);
    assertThat(inbox.held().get(0)).isEqualTo(tpdu(10));
    assertThat(inbox.held().get(Msc.INBOX - 1)).isEqualTo(tpdu(many - 1));
  }

  @Test
  void a_repeat_of_one_held_is_not_taken_again() {
    Msc.Inbox inbox = new Msc.Inbox();
    inbox.accept(tpdu(1));
    inbox.accept(tpdu(2));
    assertThat(inbox.accept(tpdu(1))).isFalse();
    assertThat(inbox.held()).containsExactly(tpdu(1), tpdu(2));
    assertThat(inbox.accepted()).isEqualTo(2);
  }

  @Test
  void the_copy_kept_does_not_hold_the_whole_received_message() {
    byte[] frame = new byte[200];
    frame[100] = 0x04;
    frame[101] = 0x2a;
    Msc.Inbox inbox = new Msc.Inbox();
    inbox.accept(Octets.wrap(frame, 100, 2));
    frame[101] = 0; // the receive buffer is reused or changed: what the handset holds is not
    assertThat(inbox.held()).containsExactly(Octets.ofUnsigned(0x04, 0x2a));
  }
}
