package org.ss7sim.sccp.scmg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.scmg.SubsystemManagement.RemoteSubsystemState;
import org.ss7sim.testkit.VirtualClock;

class SubsystemManagementTest {
  static final PointCode SELF = PointCode.itu(100);
  static final PointCode PEER = PointCode.itu(2001);
  static final PointCode OTHER = PointCode.itu(3000);

  /** Records what SCMG asks of its node. */
  static final class Node implements ScmgContext {
    final Set<Ssn> localAllowed = new HashSet<>();
    final List<String> sent = new ArrayList<>();
    final List<String> indications = new ArrayList<>();

    @Override
    public PointCode localPointCode() {
      return SELF;
    }

    @Override
    public boolean localSubsystemAllowed(Ssn ssn) {
      return ssn.equals(Ssn.SCMG) || localAllowed.contains(ssn);
    }

    @Override
    public void sendScmg(PointCode destination, ScmgMessage m) {
      sent.add(
          m.type()
              + " "
              + m.affectedSsn()
              + "@"
              + m.affectedPointCode().value()
              + " to "
              + destination.value());
    }

    @Override
    public void indicateSubsystemState(PointCode pc, Ssn ssn, boolean allowed) {
      indications.add("N-STATE " + ssn + "@" + pc.value() + (allowed ? " allowed" : " prohibited"));
    }

    @Override
    public void indicatePointCodeState(PointCode pc, boolean accessible) {
      indications.add("N-PCSTATE " + pc.value() + (accessible ? " accessible" : " inaccessible"));
    }
  }

  private final VirtualClock clock = new VirtualClock();
  private Node node;
  private SubsystemManagement scmg;

  @BeforeEach
  void setUp() {
    node = new Node();
    scmg = new SubsystemManagement(node, clock, Duration.ofSeconds(30), List.of(PEER, OTHER));
  }

  private void event(String event) {
    switch (event) {
      case "SSA" -> scmg.onMessage(ScmgMessage.of(ScmgMessageType.SSA, Ssn.HLR, PEER), PEER);
      case "SSP" -> scmg.onMessage(ScmgMessage.of(ScmgMessageType.SSP, Ssn.HLR, PEER), PEER);
      case "T_STAT_INFO" -> clock.advance(Duration.ofSeconds(30));
      case "PAUSE" -> scmg.onPause(PEER);
      case "RESUME" -> scmg.onResume(PEER);
      default -> throw new IllegalArgumentException(event);
    }
  }

  /** One row per (state, event) of a remote subsystem, Q.714 §5.2–§5.3. */
  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ALLOWED    | SSA         | ALLOWED    | 0 |
      ALLOWED    | SSP         | PROHIBITED | 0 | N-STATE 6@2001 prohibited
      ALLOWED    | T_STAT_INFO | ALLOWED    | 0 |
      ALLOWED    | PAUSE       | ALLOWED    | 0 | N-PCSTATE 2001 inaccessible
      PROHIBITED | SSA         | ALLOWED    | 0 | N-STATE 6@2001 allowed
      PROHIBITED | SSP         | PROHIBITED | 0 |
      PROHIBITED | T_STAT_INFO | PROHIBITED | 1 |
      PROHIBITED | PAUSE       | PROHIBITED | 0 | N-PCSTATE 2001 inaccessible
      """)
  void remote_subsystem_transitions(
      String from, String event, String to, int sstSent, String indication) {
    if (from.equals("PROHIBITED")) {
      event("SSP");
    }
    node.indications.clear();
    event(event);
    assertThat(scmg.remoteSubsystemState(PEER, Ssn.HLR))
        .isEqualTo(RemoteSubsystemState.valueOf(to));
    assertThat(node.sent.stream().filter(s -> s.startsWith("SST"))).hasSize(sstSent);
    if (indication == null) {
      assertThat(node.indications).isEmpty();
    } else {
      assertThat(node.indications).containsExactly(indication);
    }
  }

  @Nested
  class MtpPauseAndResume_Q714_5_2 {
    @Test
    void resume_marks_the_point_codes_subsystems_allowed_and_stops_their_tests() {
      event("SSP");
      event("PAUSE");
      event("T_STAT_INFO");
      assertThat(node.sent).as("no SST to an inaccessible point code").isEmpty();
      assertThat(scmg.pointCodeAccessible(PEER)).isFalse();
      event("RESUME");
      assertThat(node.indications)
          .containsExactly(
              "N-STATE 6@2001 prohibited",
              "N-PCSTATE 2001 inaccessible",
              "N-PCSTATE 2001 accessible",
              "N-STATE 6@2001 allowed");
      assertThat(scmg.runningStatusTests()).isZero();
      assertThat(clock.pendingTimers()).isZero();
    }
  }

  @Nested
  class RemoteSccpUnavailable_Q714_5_2_4 {
    @Test
    void user_part_unavailable_prohibits_every_subsystem_there_until_ssa_for_ssn_1() {
      scmg.onRemoteSccpUnavailable(PEER);
      assertThat(scmg.remoteSccpAvailable(PEER)).isFalse();
      assertThat(scmg.subsystemAllowed(PEER, Ssn.HLR)).isFalse();
      assertThat(scmg.pointCodeAccessible(PEER)).isTrue();
      clock.advance(Duration.ofSeconds(30));
      assertThat(node.sent).containsExactly("SST 1@2001 to 2001");
      scmg.onMessage(ScmgMessage.of(ScmgMessageType.SSA, Ssn.SCMG, PEER), PEER);
      assertThat(scmg.subsystemAllowed(PEER, Ssn.HLR)).isTrue();
      assertThat(clock.pendingTimers()).isZero();
    }
  }

  @Nested
  class LocalSubsystems_Q714_5_3 {
    @Test
    void sst_for_an_allowed_local_subsystem_is_answered_with_ssa_to_the_tester() {
      node.localAllowed.add(Ssn.HLR);
      scmg.onMessage(ScmgMessage.of(ScmgMessageType.SST, Ssn.HLR, SELF), OTHER);
      assertThat(node.sent).containsExactly("SSA 6@100 to 3000");
    }

    @Test
    void sst_for_a_prohibited_local_subsystem_is_not_answered() {
      scmg.onMessage(ScmgMessage.of(ScmgMessageType.SST, Ssn.HLR, SELF), OTHER);
      assertThat(node.sent).isEmpty();
    }

    @Test
    void sor_is_granted_with_sog_for_an_allowed_subsystem() {
      node.localAllowed.add(Ssn.HLR);
      scmg.onMessage(ScmgMessage.of(ScmgMessageType.SOR, Ssn.HLR, SELF), OTHER);
      assertThat(node.sent).containsExactly("SOG 6@100 to 3000");
    }

    @Test
    void local_status_is_broadcast_to_accessible_concerned_point_codes() {
      scmg.onPause(OTHER);
      scmg.localSubsystemProhibited(Ssn.HLR);
      scmg.localSubsystemAllowed(Ssn.HLR);
      assertThat(node.sent).containsExactly("SSP 6@100 to 2001", "SSA 6@100 to 2001");
    }

    @Test
    void a_message_for_a_prohibited_subsystem_is_answered_with_ssp() {
      scmg.messageForProhibitedSubsystem(Ssn.HLR, OTHER);
      assertThat(node.sent).containsExactly("SSP 6@100 to 3000");
    }

    @Test
    void an_ssp_about_this_node_itself_is_ignored() {
      scmg.onMessage(ScmgMessage.of(ScmgMessageType.SSP, Ssn.HLR, SELF), OTHER);
      assertThat(scmg.runningStatusTests()).isZero();
    }
  }
}
