package org.ss7sim.simulator.config.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ss7sim.simulator.config.ConfigException;
import org.ss7sim.simulator.config.ConfigLoader;
import org.ss7sim.simulator.config.network.SubscriberState;

class ScenarioReaderTest {
  static Scenario parse(String yaml) {
    return ConfigLoader.parseScenario("s.yaml", yaml);
  }

  static void fails(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
  }

  @Nested
  class Defaults {
    @Test
    void a_minimal_call_source_gets_rate_10_hold_1s_and_no_expectations() {
      Scenario s =
          parse(
              """
              traffic:
                - {kind: call, from: ssp-a, to: "123", count: 5}
              """);
      assertThat(s.name()).isEqualTo("s");
      assertThat(s.seed()).isEqualTo(1);
      TrafficSource t = s.traffic().get(0);
      assertThat(t.name()).isEqualTo("call-1");
      assertThat(t.rate()).isEqualTo(new RateProfile.Constant(10));
      assertThat(t.count()).isEqualTo(OptionalLong.of(5));
      assertThat(t.start()).isEqualTo(Duration.ZERO);
      assertThat(t.to())
          .isEqualTo(
              new NumberSelection(
                  new NumberSelection.Numbers(List.of("123")), NumberSelection.Pick.SEQUENTIAL));
      assertThat(t.options())
          .isEqualTo(
              new TrafficOptions.CallOptions(
                  Optional.empty(), new HoldTime.Fixed(Duration.ofSeconds(1))));
      assertThat(t.expect()).isEqualTo(Expectations.NONE);
    }

    @Test
    void an_sms_source_defaults_to_gsm7_text_with_a_receipt() {
      TrafficSource t =
          parse(
                  """
                  duration: 10s
                  traffic:
                    - {kind: sms, from: esme1, to: {subscribers: any}}
                  """)
              .traffic()
              .get(0);
      assertThat(t.options())
          .isEqualTo(
              new TrafficOptions.SmsOptions("1000", Optional.empty(), 17, Alphabet.GSM7, true));
      assertThat(t.to().source())
          .isEqualTo(new NumberSelection.Subscribers(Optional.empty(), Optional.empty()));
    }
  }

  @Nested
  class Values {
    @Test
    void rate_profiles_hold_and_expectations_are_read() {
      TrafficSource t =
          parse(
                  """
                  traffic:
                    - name: x
                      kind: call
                      from: a
                      to: {range: "100-199", pick: random}
                      calling: {prefix: "44", length: 6}
                      rate: {profile: steps, steps: [{rate: 5, for: 10s}, {rate: 20, for: 1m}]}
                      duration: 70s
                      hold: {distribution: exponential, mean: 30s}
                      expect:
                        success_ratio: 0.95
                        latency: {p99: 250ms, max: 1.5s}
                        attempted: {min: 10}
                        causes: {user_busy: 3, no_answer: {max: 2}}
                  """)
              .traffic()
              .get(0);
      assertThat(t.rate())
          .isEqualTo(
              new RateProfile.Steps(
                  List.of(
                      new RateProfile.Step(5, Duration.ofSeconds(10)),
                      new RateProfile.Step(20, Duration.ofMinutes(1)))));
      assertThat(t.rate().rateAt(Duration.ofSeconds(9))).isEqualTo(5);
      assertThat(t.rate().rateAt(Duration.ofSeconds(11))).isEqualTo(20);
      assertThat(t.to())
          .isEqualTo(
              new NumberSelection(
                  new NumberSelection.Range("100", "199"), NumberSelection.Pick.RANDOM));
      assertThat(((TrafficOptions.CallOptions) t.options()).calling())
          .contains(
              new NumberSelection(
                  new NumberSelection.Prefix("44", 6), NumberSelection.Pick.SEQUENTIAL));
      assertThat(((TrafficOptions.CallOptions) t.options()).hold())
          .isEqualTo(new HoldTime.Exponential(Duration.ofSeconds(30)));
      assertThat(t.expect().successRatio()).hasValue(0.95);
      assertThat(t.expect().latencyP99()).contains(Duration.ofMillis(250));
      assertThat(t.expect().latencyMax()).contains(Duration.ofMillis(1500));
      assertThat(t.expect().attempted()).contains(new CountBound(10, Long.MAX_VALUE));
      assertThat(t.expect().causes())
          .containsExactly(
              java.util.Map.entry("user_busy", CountBound.exactly(3)),
              java.util.Map.entry("no_answer", new CountBound(0, 2)));
    }

    @Test
    void a_ramp_rises_linearly() {
      RateProfile r =
          ScenarioValues.rate(
              org.ss7sim.simulator.config.yaml.YamlTree.parse(
                  "r", "{profile: ramp, from: 0, to: 100, over: 10s}"),
              "rate");
      assertThat(r.rateAt(Duration.ofSeconds(5))).isEqualTo(50);
      assertThat(r.rateAt(Duration.ofSeconds(20))).isEqualTo(100);
    }

    @Test
    void events_are_read_and_sorted_by_time() {
      Scenario s =
          parse(
              """
              duration: 1m
              traffic: []
              events:
                - {at: 20s, action: link_up, link: l1}
                - {at: 10s, action: link_down, link: l1}
                - {at: 15s, action: subscriber_state, subscriber: "4471", state: memory_full}
                - {at: 16s, action: node_restart, node: smsc}
              """);
      assertThat(s.events())
          .extracting(TimedEvent::at)
          .containsExactly(
              Duration.ofSeconds(10),
              Duration.ofSeconds(15),
              Duration.ofSeconds(16),
              Duration.ofSeconds(20));
      assertThat(s.events().get(1))
          .isInstanceOfSatisfying(
              TimedEvent.SubscriberStateChange.class,
              e -> assertThat(e.state()).isEqualTo(SubscriberState.MEMORY_FULL));
    }
  }

  @Nested
  class Errors {
    @Test
    void an_unknown_key_gets_the_nearest_valid_one() {
      fails(
          """
          traffic:
            - {kind: call, from: a, to: "1", count: 1, hold_time: 2s}
          """,
          "s.yaml:2:46: unknown key 'hold_time' in traffic source (did you mean 'hold'?)");
    }

    @Test
    void a_key_of_another_traffic_kind_says_so() {
      fails(
          """
          traffic:
            - {kind: call, from: a, to: "1", count: 1, alphabet: ucs2}
          """,
          "s.yaml:2:46: unknown key 'alphabet' in traffic source ('alphabet' is a key of sms"
              + " traffic, this source is call)");
    }

    @Test
    void a_source_needs_an_end() {
      fails(
          """
          traffic:
            - {kind: call, from: a, to: "1"}
          """,
          "s.yaml:2:5: traffic source 'call-1' needs 'count' or 'duration' (or the scenario a"
              + " 'duration')");
    }

    @Test
    void an_sms_validity_is_read_and_bounded() {
      TrafficSource t =
          parse(
                  """
                  duration: 10s
                  traffic:
                    - {kind: sms, from: esme1, to: "1", validity: 90s}
                  """)
              .traffic()
              .get(0);
      assertThat(((TrafficOptions.SmsOptions) t.options()).validity())
          .contains(Duration.ofSeconds(90));
      fails(
          """
          traffic:
            - {kind: sms, from: esme1, to: "1", count: 1, validity: 100d}
          """,
          "s.yaml:2:59: validity: expected a duration from 1s to 99 days, found '100d'");
    }

    @Test
    void a_bad_duration_says_what_is_expected() {
      fails(
          """
          traffic:
            - {kind: call, from: a, to: "1", duration: 10}
          """,
          "s.yaml:2:46: duration: expected a duration like 500ms, 30s, 5m or 2h, found '10'");
    }

    @Test
    void a_misspelt_action_gets_a_suggestion() {
      fails(
          """
          events:
            - {at: 1s, action: link_dwon, link: x}
          """,
          "s.yaml:2:22: action: expected one of link_down, link_up, subscriber_state, node_stop,"
              + " node_start, node_restart, found 'link_dwon' (did you mean 'link_down'?)");
    }

    @Test
    void a_key_of_another_action_says_so() {
      fails(
          """
          events:
            - {at: 1s, action: link_down, node: x}
          """,
          "s.yaml:2:33: unknown key 'node' in link_down event ('node' does not go with action"
              + " link_down)");
    }

    @Test
    void a_ratio_above_one_is_rejected() {
      fails(
          """
          traffic:
            - {kind: call, from: a, to: "1", count: 1, expect: {success_ratio: 95}}
          """,
          "s.yaml:2:70: success_ratio: expected a number from 0 to 1, found '95'");
    }

    @Test
    void length_goes_only_with_prefix() {
      fails(
          """
          traffic:
            - {kind: call, from: a, count: 1, to: {numbers: ["1"], length: 4}}
          """,
          "s.yaml:2:58: to: 'length' goes with 'prefix', not 'numbers'");
    }
  }
}
