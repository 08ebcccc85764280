package org.ss7sim.simulator.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ss7sim.tcap.message.TransactionId;

/** Rule matching per field, the FS.11 category checks, precedence and the default. */
class RuleEngineTest {
  static final String HOME_HLR = "999010000001";
  static final String PARTNER_SMSC = "999020000003";
  static final String ATTACKER = "999030000001";
  static final String OUR_IMSI = "001010000000007";
  static final String OUR_MSISDN = "9990110000007";

  static FirewallConfig config(Rule... rules) {
    return new FirewallConfig(
        true,
        List.of(rules),
        List.of("99901"),
        List.of("00101"),
        List.of(
            new Region("99901", "home"),
            new Region("99902", "partner"),
            new Region("99903", "far")),
        Duration.ofHours(1),
        Duration.ofMinutes(1));
  }

  static Match match(
      List<String> calling,
      List<String> called,
      Set<Integer> ssns,
      Set<String> contexts,
      Set<Integer> ops,
      List<String> subscribers,
      Optional<Boolean> interconnect) {
    return new Match(calling, called, ssns, contexts, ops, subscribers, interconnect);
  }

  static Inspected ati(String calling, boolean interconnect) {
    return Inspected.invoke(calling, HOME_HLR, interconnect, 71).withMsisdn(OUR_MSISDN);
  }

  static Stream<Arguments> fields() {
    Inspected m =
        new Inspected(
            ATTACKER,
            HOME_HLR,
            6,
            true,
            "BEGIN",
            Optional.of(TransactionId.of(9)),
            Optional.empty(),
            "anyTimeEnquiry",
            71,
            -1,
            "",
            OUR_MSISDN);
    List<String> none = List.of();
    Set<Integer> noInts = Set.of();
    Optional<Boolean> any = Optional.empty();
    return Stream.of(
        Arguments.of(
            "calling prefix",
            match(List.of("99903"), none, noInts, Set.of(), noInts, none, any),
            m,
            true),
        Arguments.of(
            "other calling",
            match(List.of("99902"), none, noInts, Set.of(), noInts, none, any),
            m,
            false),
        Arguments.of(
            "called prefix",
            match(none, List.of("9990100"), noInts, Set.of(), noInts, none, any),
            m,
            true),
        Arguments.of(
            "other called",
            match(none, List.of("99902"), noInts, Set.of(), noInts, none, any),
            m,
            false),
        Arguments.of("ssn", match(none, none, Set.of(6), Set.of(), noInts, none, any), m, true),
        Arguments.of(
            "other ssn", match(none, none, Set.of(8), Set.of(), noInts, none, any), m, false),
        Arguments.of(
            "context",
            match(none, none, noInts, Set.of("any-time-enquiry"), noInts, none, any),
            m,
            true),
        Arguments.of(
            "other context",
            match(none, none, noInts, Set.of("shortMsgGateway"), noInts, none, any),
            m,
            false),
        Arguments.of(
            "operation", match(none, none, noInts, Set.of(), Set.of(71), none, any), m, true),
        Arguments.of(
            "other operation",
            match(none, none, noInts, Set.of(), Set.of(45), none, any),
            m,
            false),
        Arguments.of(
            "msisdn range",
            match(none, none, noInts, Set.of(), noInts, List.of("99901"), any),
            m,
            true),
        Arguments.of(
            "other range",
            match(none, none, noInts, Set.of(), noInts, List.of("00101"), any),
            m,
            false),
        Arguments.of(
            "interconnect",
            match(none, none, noInts, Set.of(), noInts, none, Optional.of(true)),
            m,
            true),
        Arguments.of(
            "not interconnect",
            match(none, none, noInts, Set.of(), noInts, none, Optional.of(false)),
            m,
            false),
        Arguments.of(
            "imsi range",
            match(none, none, noInts, Set.of(), noInts, List.of("00101"), any),
            m.withImsi(OUR_IMSI),
            true),
        Arguments.of(
            "no gt, prefix asked",
            match(List.of("9"), none, noInts, Set.of(), noInts, none, any),
            new Inspected(
                "", HOME_HLR, 6, true, "", Optional.empty(), Optional.empty(), "", -1, -1, "", ""),
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void each_field_matches_on_its_own(String what, Match match, Inspected m, boolean matches) {
    assertThat(match.matches(m)).isEqualTo(matches);
    RuleEngine e = new RuleEngine(config(Rule.of("r", match, Action.DROP)));
    assertThat(e.decide(m, 0).blocks()).isEqualTo(matches);
  }

  static Stream<Arguments> categories() {
    return Stream.of(
        // category, message, flagged
        Arguments.of(1, ati(ATTACKER, true), true),
        Arguments.of(1, ati(ATTACKER, false), false), // from inside the home network
        Arguments.of(1, Inspected.invoke(ATTACKER, "999020000001", true, 71), false), // not ours
        Arguments.of(1, Inspected.invoke(ATTACKER, HOME_HLR, true, 58), true), // sendIMSI
        Arguments.of(1, Inspected.invoke(ATTACKER, HOME_HLR, true, 45), false), // SRI-SM: cat 2
        Arguments.of(
            2, Inspected.invoke(ATTACKER, HOME_HLR, true, 45).withMsisdn(OUR_MSISDN), true),
        Arguments.of(
            2, Inspected.invoke(ATTACKER, HOME_HLR, true, 45).withMsisdn("9990210000001"), false),
        Arguments.of(
            2, Inspected.invoke(ATTACKER, "999010000002", true, 7).withImsi(OUR_IMSI), true),
        Arguments.of(
            2,
            Inspected.invoke(ATTACKER, "999010000002", true, 7).withImsi("001020000000001"),
            false),
        Arguments.of(2, Inspected.invoke(ATTACKER, HOME_HLR, true, 70), true), // PSI, no identity
        Arguments.of(2, Inspected.invoke(ATTACKER, HOME_HLR, false, 70), false),
        Arguments.of(3, Inspected.invoke(ATTACKER, HOME_HLR, true, 2).withImsi(OUR_IMSI), true),
        Arguments.of(
            3, Inspected.invoke("99999", HOME_HLR, true, 2).withImsi(OUR_IMSI), true), // nowhere
        Arguments.of(
            3, Inspected.invoke(ATTACKER, HOME_HLR, true, 2).withImsi("001020000000001"), false),
        Arguments.of(
            3, Inspected.invoke(ATTACKER, "999010000002", true, 44).withImsi(OUR_IMSI), true));
  }

  @ParameterizedTest(name = "category {0}: {1} -> {2}")
  @MethodSource("categories")
  void category_checks(int category, Inspected m, boolean flagged) {
    RuleEngine e = new RuleEngine(config(Rule.category(Category.of(category), Action.TCAP_ABORT)));
    Decision d = e.decide(m, 1000);
    assertThat(d.blocks()).isEqualTo(flagged);
    if (flagged) {
      assertThat(d.rule().orElseThrow().name()).isEqualTo("category-" + category);
      assertThat(d.reason()).isNotEmpty();
    } else {
      assertThat(d.rule()).isEmpty();
    }
  }

  @Test
  void first_match_wins_and_no_match_allows() {
    Rule partner =
        Rule.of(
            "partner-smsc",
            match(
                List.of("99902"),
                List.of(),
                Set.of(),
                Set.of(),
                Set.of(45),
                List.of(),
                Optional.empty()),
            Action.ALLOW);
    RuleEngine e = new RuleEngine(config(partner, Rule.category(Category.TWO, Action.DROP)));
    Inspected fromPartner =
        Inspected.invoke(PARTNER_SMSC, HOME_HLR, true, 45).withMsisdn(OUR_MSISDN);
    Inspected fromAttacker = Inspected.invoke(ATTACKER, HOME_HLR, true, 45).withMsisdn(OUR_MSISDN);
    assertThat(e.decide(fromPartner, 0).rule().orElseThrow().name()).isEqualTo("partner-smsc");
    assertThat(e.decide(fromPartner, 0).action()).isEqualTo(Action.ALLOW);
    assertThat(e.decide(fromAttacker, 0).action()).isEqualTo(Action.DROP);
    Decision none = e.decide(Inspected.invoke(ATTACKER, HOME_HLR, true, 59), 0);
    assertThat(none.rule()).isEmpty();
    assertThat(none.action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void log_only_is_noted_and_the_next_rule_decides() {
    Rule log = Rule.of("watch", Match.ANY, Action.LOG_ONLY);
    Rule udts =
        Rule.of(
            "refuse",
            match(
                List.of(), List.of(), Set.of(), Set.of(), Set.of(71), List.of(), Optional.empty()),
            new Action.Udts(1));
    RuleEngine e = new RuleEngine(config(log, udts));
    Decision d = e.decide(ati(ATTACKER, true), 0);
    assertThat(d.logged()).extracting(Rule::name).containsExactly("watch");
    assertThat(d.action()).isEqualTo(new Action.Udts(1));
    Decision other = e.decide(Inspected.invoke(ATTACKER, HOME_HLR, true, 45), 0);
    assertThat(other.logged()).hasSize(1);
    assertThat(other.action()).isEqualTo(Action.ALLOW);
  }

  @Test
  void a_subscriber_may_move_to_another_region_once_the_travel_time_has_passed() {
    RuleEngine e = new RuleEngine(config(Rule.category(Category.THREE, Action.DROP)));
    Inspected fromPartner = Inspected.invoke("999020000002", HOME_HLR, true, 2).withImsi(OUR_IMSI);
    Inspected fromFar = Inspected.invoke(ATTACKER, HOME_HLR, true, 2).withImsi(OUR_IMSI);
    long hour = Duration.ofHours(1).toMillis();
    assertThat(e.decide(fromPartner, 10).blocks()).as("home -> partner in 10 ms").isTrue();
    assertThat(e.decide(fromPartner, hour + 10).blocks()).as("after an hour").isFalse();
    assertThat(e.decide(fromFar, hour + 20).blocks()).as("partner -> far at once").isTrue();
    assertThat(e.decide(fromPartner, hour + 30).blocks()).as("still in partner").isFalse();
    assertThat(e.decide(fromFar, 2 * hour + 40).blocks()).isFalse();
  }

  @Test
  void an_mt_forward_sm_must_come_from_whoever_asked_sri_sm_within_the_window() {
    RuleEngine e = new RuleEngine(config(Rule.category(Category.THREE, Action.DROP)));
    Inspected sriSm = Inspected.invoke(PARTNER_SMSC, HOME_HLR, true, 45).withMsisdn(OUR_MSISDN);
    Inspected answer =
        new Inspected(
            HOME_HLR,
            PARTNER_SMSC,
            8,
            false,
            "END",
            Optional.empty(),
            sriSm.otid(),
            "shortMsgGateway",
            -1,
            45,
            OUR_IMSI,
            "");
    Inspected mt = Inspected.invoke(PARTNER_SMSC, "999010000002", true, 44).withImsi(OUR_IMSI);
    Inspected forged = Inspected.invoke(ATTACKER, "999010000002", true, 44).withImsi(OUR_IMSI);
    assertThat(e.decide(mt, 0).blocks()).as("no SRI-SM yet").isTrue();
    e.decide(sriSm, 100);
    e.decide(answer, 110);
    assertThat(e.decide(forged, 120).blocks()).isTrue();
    assertThat(e.decide(mt, 130).blocks()).isFalse();
    assertThat(e.decide(mt, 110 + Duration.ofMinutes(2).toMillis()).blocks()).isTrue();
  }

  @Test
  void explain_does_not_change_what_the_engine_remembers() {
    RuleEngine e = new RuleEngine(config(Rule.category(Category.THREE, Action.DROP)));
    Inspected ul = Inspected.invoke("999020000002", HOME_HLR, true, 2).withImsi(OUR_IMSI);
    long later = Duration.ofHours(2).toMillis();
    assertThat(e.explain(ul, later).blocks()).isFalse();
    Inspected back = Inspected.invoke(HOME_HLR, HOME_HLR, true, 2).withImsi(OUR_IMSI);
    assertThat(e.decide(back, later + 1).blocks()).as("still at home").isFalse();
  }
}
