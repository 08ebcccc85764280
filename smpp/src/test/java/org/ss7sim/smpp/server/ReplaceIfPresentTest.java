package org.ss7sim.smpp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.smpp.pdu.Address;
import org.ss7sim.smpp.pdu.BindType;
import org.ss7sim.smpp.pdu.CommandStatus;
import org.ss7sim.smpp.pdu.DataCoding;
import org.ss7sim.smpp.pdu.EsmClass;
import org.ss7sim.smpp.pdu.MessageState;
import org.ss7sim.smpp.pdu.RegisteredDelivery;
import org.ss7sim.smpp.pdu.ShortMessageBody;
import org.ss7sim.smpp.pdu.SubmitSm;
import org.ss7sim.smpp.pdu.Tlvs;
import org.ss7sim.wire.Octets;

/**
 * replace_if_present_flag (SMPP 3.4 §5.2.18): which held messages a submission replaces. The SMSC
 * node applies the answer against its store (simulator's {@code ReplaceIfPresentTest} sends the
 * flag from jSMPP and Cloudhopper).
 */
class ReplaceIfPresentTest {
  private static final Address SRC = Address.international("447700900001");
  private static final Address DST = Address.international("447700900106");

  private static Submission submit(String systemId, String serviceType, Address dst, int flag) {
    SubmitSm sm =
        new SubmitSm(
            CommandStatus.OK,
            7,
            new ShortMessageBody(
                serviceType,
                SRC,
                dst,
                EsmClass.DEFAULT,
                0,
                0,
                "",
                "",
                RegisteredDelivery.NONE,
                flag,
                DataCoding.SMSC_DEFAULT,
                0,
                Octets.of(new byte[] {'h', 'i'}),
                Tlvs.EMPTY));
    return new Submission(
        new EsmeBind(1, systemId, BindType.TRANSCEIVER, "", null, "test"),
        SRC,
        dst,
        EsmClass.DEFAULT,
        0,
        0,
        null,
        null,
        RegisteredDelivery.NONE,
        DataCoding.SMSC_DEFAULT,
        sm.shortMessage(),
        Tlvs.EMPTY,
        sm);
  }

  private static MessageManagement.Held held(
      String id, String systemId, String serviceType, Address dst, MessageState state) {
    return new MessageManagement.Held(
        id, systemId, serviceType, SRC, dst, state, state.isFinal() ? Instant.EPOCH : null, 0);
  }

  private static final List<MessageManagement.Held> HELD =
      List.of(
          held("1", "esme1", "", DST, MessageState.ENROUTE),
          held("2", "esme1", "", DST, MessageState.ENROUTE),
          held("3", "esme1", "VMA", DST, MessageState.ENROUTE),
          held("4", "esme1", "", Address.international("447700900107"), MessageState.ENROUTE),
          held("5", "esme2", "", DST, MessageState.ENROUTE),
          held("6", "esme1", "", DST, MessageState.DELIVERED));

  @Test
  void
      flag_1_replaces_the_pending_messages_of_that_esme_with_the_same_addresses_and_service_type() {
    assertThat(MessageManagement.replacedBy(submit("esme1", "", DST, 1), "", HELD))
        .containsExactly("1", "2");
    assertThat(MessageManagement.replacedBy(submit("esme1", "VMA", DST, 1), "VMA", HELD))
        .containsExactly("3");
    assertThat(MessageManagement.replacedBy(submit("esme2", "", DST, 1), "", HELD))
        .containsExactly("5");
  }

  @Test
  void flag_0_replaces_nothing() {
    Submission s = submit("esme1", "", DST, 0);
    assertThat(MessageManagement.replaceIfPresent(s.request())).isFalse();
    assertThat(MessageManagement.replacedBy(s, "", HELD)).isEmpty();
  }

  @Test
  void no_pending_message_matches_a_new_destination_or_service_type() {
    assertThat(
            MessageManagement.replacedBy(
                submit("esme1", "", Address.international("447700900199"), 1), "", HELD))
        .isEmpty();
    assertThat(MessageManagement.replacedBy(submit("esme1", "WAP", DST, 1), "WAP", HELD)).isEmpty();
  }
}
