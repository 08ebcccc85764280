package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ss7sim.m3ua.message.Data;
import org.ss7sim.m3ua.message.M3uaCodec;
import org.ss7sim.m3ua.message.ProtocolData;
import org.ss7sim.sccp.GlobalTitle;
import org.ss7sim.sccp.ProtocolClass;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.message.ProtocolClassField;
import org.ss7sim.sccp.message.SccpMessageCodec;
import org.ss7sim.sccp.message.Unitdata;
import org.ss7sim.simulator.decode.StackDecoder;
import org.ss7sim.simulator.network.FlowIds.InDialogue;
import org.ss7sim.simulator.network.FlowTable.TcapEnd;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.tcap.message.TcMessageCodec;
import org.ss7sim.tcap.message.TransactionId;
import org.ss7sim.tcap.message.Unidirectional;
import org.ss7sim.wire.Octets;

/**
 * A traced message is decoded once for its ladder label and its flow ({@link FlowIds#read}): the
 * identifiers read that way are the ones the transaction portion alone gives ({@link FlowIds#of}).
 */
class FlowIdsTest {
  private static final SccpAddress HLR =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("999010000001"), new Ssn(6));
  private static final SccpAddress SMSC =
      SccpAddress.ofGlobalTitle(GlobalTitle.e164("999010000009"), new Ssn(8));

  private static Octets m3ua(TcMessage tcap) {
    Octets sccp =
        SccpMessageCodec.encode(
            new Unitdata(
                ProtocolClassField.of(ProtocolClass.CLASS_0, false),
                HLR,
                SMSC,
                TcMessageCodec.encode(tcap)));
    return M3uaCodec.encode(
        new Data(null, List.of(1L), new ProtocolData(1, 2, 3, 2, 0, 0, sccp), null, List.of()));
  }

  @Test
  void the_label_and_the_flow_come_from_one_decode_and_match_the_transaction_portion() {
    TransactionId own = TransactionId.of(0x0102);
    TransactionId peer = TransactionId.of(0x7f000003);
    TcapEnd smscEnd = new TcapEnd("999010000009/8", own.unsignedValue());
    TcapEnd hlrEnd = new TcapEnd("999010000001/6", peer.unsignedValue());
    record Case(TcMessage tc, String label, FlowIds.Ids ids) {}
    List<Case> cases =
        List.of(
            new Case(new Begin(own, null, List.of()), "TC-BEGIN", new InDialogue(smscEnd, null)),
            new Case(
                new Continue(own, peer, null, List.of()),
                "TC-CONTINUE",
                new InDialogue(smscEnd, hlrEnd)),
            new Case(new End(peer, null, List.of()), "TC-END", new InDialogue(null, hlrEnd)),
            new Case(
                Abort.provider(peer, PAbortCause.UNRECOGNIZED_TRANSACTION_ID),
                "TC-ABORT",
                new InDialogue(null, hlrEnd)),
            new Case(new Unidirectional(null, List.of()), "TC-UNI", new FlowIds.None()));
    for (Case c : cases) {
      Octets bytes = m3ua(c.tc());
      FlowIds.Read read = FlowIds.read(bytes);
      assertThat(read.label()).as("%s", c.tc()).isEqualTo(c.label());
      assertThat(read.label()).isEqualTo(StackDecoder.label(bytes));
      assertThat(read.ids()).as("%s", c.tc()).isEqualTo(c.ids()).isEqualTo(FlowIds.of(bytes));
    }
  }

  @Test
  void a_message_whose_components_do_not_decode_still_names_its_flow() {
    // a TC-BEGIN whose component portion holds garbage: the label says so, the otid still counts
    Octets tcap = TcMessageCodec.encode(new Begin(TransactionId.of(9), null, List.of()));
    byte[] b = tcap.toByteArray();
    byte[] broken = new byte[b.length + 4];
    System.arraycopy(b, 0, broken, 0, b.length);
    broken[1] = (byte) (b[1] + 4);
    broken[b.length] = 0x6c; // component portion
    broken[b.length + 1] = 0x02;
    broken[b.length + 2] = 0x05; // not a component
    broken[b.length + 3] = 0x00;
    Octets sccp =
        SccpMessageCodec.encode(
            new Unitdata(
                ProtocolClassField.of(ProtocolClass.CLASS_0, false),
                HLR,
                SMSC,
                Octets.wrap(broken)));
    Octets bytes =
        M3uaCodec.encode(
            new Data(null, List.of(1L), new ProtocolData(1, 2, 3, 2, 0, 0, sccp), null, List.of()));
    FlowIds.Read read = FlowIds.read(bytes);
    assertThat(read.label()).endsWith("malformed TCAP");
    assertThat(read.ids()).isEqualTo(new InDialogue(new TcapEnd("999010000009/8", 9), null));
  }
}
