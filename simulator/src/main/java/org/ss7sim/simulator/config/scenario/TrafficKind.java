package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.yaml.Fields;
import org.ss7sim.simulator.config.yaml.Values;

/**
 * What a traffic source generates (DESIGN.md §3 flows): each kind's file syntax in one place — its
 * name ({@code kind:} value), its own keys, the nodes it starts at and how its options are read.
 * What an attempt of the kind does at run time is its class in {@code simulator.traffic}; both are
 * matched by an exhaustive switch there, so a kind added here without its class does not compile.
 */
public enum TrafficKind {
  /** ISUP calls from an SSP (through an SCP when the number has an IN trigger). */
  CALL(List.of("calling", "hold"), List.of(NodeKind.SSP, NodeKind.MSC)) {
    @Override
    TrafficOptions read(Fields f) {
      return new TrafficOptions.CallOptions(
          f.optional("calling", ScenarioValues::selection),
          f.value("hold", ScenarioValues::hold, new HoldTime.Fixed(Duration.ofSeconds(1))));
    }
  },
  /**
   * Calls from handsets (DESIGN.md §3 flow 6): the MSC sends InitialDP to the gsmSCF of a caller
   * with an O-CSI (CAMEL prepaid), then routes the call over ISUP.
   */
  MO_CALL(List.of("calling", "hold"), List.of(NodeKind.MSC)) {
    @Override
    TrafficOptions read(Fields f) {
      return new TrafficOptions.CallOptions(
          f.optional("calling", ScenarioValues::selection),
          f.value("hold", ScenarioValues::hold, new HoldTime.Fixed(Duration.ofSeconds(1))));
    }
  },
  /** Short messages submitted by an ESME (submit_sm → SRI-for-SM → MT-ForwardSM → receipt). */
  SMS(
      List.of("sender", "text", "length", "alphabet", "registered_delivery"),
      List.of(NodeKind.ESME)) {
    @Override
    TrafficOptions read(Fields f) {
      return ScenarioReader.sms(f);
    }
  },
  /**
   * USSD requests from an MSC on behalf of subscribers (MAP processUnstructuredSS-Request), walking
   * the HLR's menu with {@code choices} and checking the final text against {@code expect_text}.
   */
  USSD(List.of("text", "choices", "expect_text"), List.of(NodeKind.MSC)) {
    @Override
    TrafficOptions read(Fields f) {
      return new TrafficOptions.UssdOptions(
          f.value("text", Values::string, "*100#"),
          f.list("choices", Values::string),
          f.optional("expect_text", Values::string));
    }
  },
  /** Location queries to the HLR (MAP anyTimeInterrogation, SRI or SRI-for-SM). */
  LOCATION(
      List.of("query"),
      List.of(
          NodeKind.SSP, NodeKind.SCP, NodeKind.MSC, NodeKind.SMSC, NodeKind.HLR, NodeKind.STP)) {
    @Override
    TrafficOptions read(Fields f) {
      return new TrafficOptions.LocationOptions(
          f.value("query", Values.enumeration(LocationQuery.class), LocationQuery.ATI));
    }
  },
  /**
   * MAP operations from an attacker node across the interconnect, with a spoofed calling GT
   * (docs/security.md); succeeds when the victim's network answers with data.
   */
  ATTACK(List.of("op", "spoof"), List.of(NodeKind.ATTACKER)) {
    @Override
    TrafficOptions read(Fields f) {
      String op = f.require("op", Values::string);
      if (!TrafficOptions.AttackOptions.supports(op)) {
        throw new org.ss7sim.simulator.config.ConfigException(
            f.valueLocation("op"),
            "attack op '"
                + op
                + "' is not one an attacker can send (one of "
                + String.join(", ", TrafficOptions.AttackOptions.OPERATIONS)
                + ")");
      }
      return new TrafficOptions.AttackOptions(op, f.optional("spoof", Values::digits));
    }
  },
  /**
   * Short messages sent by handsets (DESIGN.md §3 flow 5): the MSC relays each as MO-ForwardSM to
   * the SMSC, which hands it to the ESME owning the short code (deliver_sm).
   */
  MO_SMS(List.of("sender", "smsc", "text"), List.of(NodeKind.MSC)) {
    @Override
    TrafficOptions read(Fields f) {
      return new TrafficOptions.MoSmsOptions(
          f.value(
              "sender",
              ScenarioValues::selection,
              new NumberSelection(
                  new NumberSelection.Subscribers(
                      java.util.Optional.empty(), java.util.Optional.empty()),
                  NumberSelection.Pick.SEQUENTIAL)),
          f.optional("smsc", Values::name),
          f.value("text", Values::string, ScenarioReader.DEFAULT_SMS_TEXT));
    }
  };

  private final List<String> keys;
  private final List<NodeKind> originators;

  TrafficKind(List<String> keys, List<NodeKind> originators) {
    this.keys = keys;
    this.originators = originators;
  }

  /** The keys a source of this kind may have besides the common ones. */
  public List<String> keys() {
    return keys;
  }

  /** The kinds of node a source of this kind starts at. */
  public List<NodeKind> originators() {
    return originators;
  }

  /** The name in a scenario file ({@code mo_sms}; {@code mo-sms} is read too). */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads this kind's own keys of a traffic source. */
  abstract TrafficOptions read(Fields f);
}
