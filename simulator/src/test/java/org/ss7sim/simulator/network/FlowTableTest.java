package org.ss7sim.simulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.network.FlowIds.InDialogue;
import org.ss7sim.simulator.network.FlowIds.OnCircuit;
import org.ss7sim.simulator.network.FlowTable.Circuit;
import org.ss7sim.simulator.network.FlowTable.TcapEnd;

/**
 * Flows are found by protocol identifiers: the same transaction id used by two nodes, or two
 * dialogues whose messages are byte for byte alike, never mix.
 */
class FlowTableTest {
  private final FlowTable table = new FlowTable();
  private final NodeFlows smsc = new NodeFlows(table);
  private final NodeFlows msc = new NodeFlows(table);
  private final NodeFlows hlr = new NodeFlows(table);
  private final NodeFlows stp = new NodeFlows(table);

  private static TcapEnd end(String address, long tid) {
    return new TcapEnd(address, tid);
  }

  @Test
  void two_nodes_beginning_with_the_same_tid_keep_their_flows_through_answer_relay_and_end() {
    // both originators use TID 1 towards the same HLR
    assertThat(smsc.starting("sms-1", () -> smsc.sending(new InDialogue(end("491/8", 1), null))))
        .isEqualTo("sms-1");
    assertThat(msc.starting("call-9", () -> msc.sending(new InDialogue(end("492/8", 1), null))))
        .isEqualTo("call-9");
    // the STP relays each BEGIN without naming a flow
    assertThat(stp.sending(new InDialogue(end("491/8", 1), null))).isEqualTo("sms-1");
    assertThat(stp.sending(new InDialogue(end("492/8", 1), null))).isEqualTo("call-9");
    // the HLR answers both with TC-CONTINUE from its own TIDs 7 and 8
    assertThat(hlr.sending(new InDialogue(end("4900/6", 7), end("491/8", 1)))).isEqualTo("sms-1");
    assertThat(hlr.sending(new InDialogue(end("4900/6", 8), end("492/8", 1)))).isEqualTo("call-9");
    // the originators continue; the HLR's ids alone now name the dialogue
    assertThat(smsc.sending(new InDialogue(end("491/8", 1), end("4900/6", 7)))).isEqualTo("sms-1");
    assertThat(stp.sending(new InDialogue(null, end("4900/6", 8)))).isEqualTo("call-9");
    // a TC-END received by the SMSC ends its dialogue: both ends forgotten, the other stays
    smsc.received(new InDialogue(null, end("491/8", 1)));
    assertThat(stp.sending(new InDialogue(null, end("4900/6", 7)))).isEmpty();
    assertThat(stp.sending(new InDialogue(null, end("491/8", 1)))).isEmpty();
    assertThat(stp.sending(new InDialogue(null, end("492/8", 1)))).isEqualTo("call-9");
  }

  @Test
  void a_begin_outside_any_named_work_belongs_to_no_flow() {
    assertThat(hlr.sending(new InDialogue(end("4900/6", 3), null))).isEmpty();
    assertThat(hlr.starting("", () -> hlr.sending(new InDialogue(end("4900/6", 4), null))))
        .isEmpty();
  }

  @Test
  void a_circuit_belongs_to_the_call_that_seized_it_in_both_directions_until_reseized() {
    Circuit out = Circuit.of(100, 200, 5);
    assertThat(msc.starting("call-1", () -> msc.sending(new OnCircuit(out, true))))
        .isEqualTo("call-1");
    // ACM back: point codes the other way round, same circuit
    assertThat(stp.sending(new OnCircuit(Circuit.of(200, 100, 5), false))).isEqualTo("call-1");
    assertThat(stp.sending(new OnCircuit(Circuit.of(200, 100, 6), false))).isEmpty();
    assertThat(msc.starting("call-2", () -> msc.sending(new OnCircuit(out, true))))
        .isEqualTo("call-2");
    assertThat(stp.sending(new OnCircuit(out, false))).isEqualTo("call-2");
  }

  @Test
  void an_smpp_submission_is_claimed_once_by_system_id_and_reference() {
    table.submitting("esme1", 42, "sms-3");
    table.submitting("esme2", 42, "sms-4");
    assertThat(table.submitted("esme1", 42)).isEqualTo("sms-3");
    assertThat(table.submitted("esme1", 42)).isEmpty();
    assertThat(table.submitted("esme2", 42)).isEqualTo("sms-4");
  }

  /**
   * The SMSC numbers its MO deliver_sms and each ESME its submit_sms from 1 on their own: the same
   * reference in both directions of one ESME keeps both flows (DemoCommandTest once saw the demo's
   * charged MO-SMS take an esme1 submit_sm's SRI-SM and MT-ForwardSM into its ladder).
   */
  @Test
  void an_mo_deliver_sm_and_a_submit_sm_with_the_same_reference_keep_their_flows() {
    table.submitting("esme1", 1, "sms-1");
    table.delivering("esme1", 1, "mo_sms-1");
    assertThat(table.submitted("esme1", 1)).isEqualTo("sms-1");
    assertThat(table.delivered("esme1", 1)).isEqualTo("mo_sms-1");
    assertThat(table.delivered("esme1", 1)).isEmpty();
  }
}
