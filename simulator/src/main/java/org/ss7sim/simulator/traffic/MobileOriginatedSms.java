package org.ss7sim.simulator.traffic;

import java.util.List;
import java.util.Optional;
import org.ss7sim.simulator.config.network.NodeKind;
import org.ss7sim.simulator.config.scenario.NumberSelection;
import org.ss7sim.simulator.config.scenario.ScenarioReader;
import org.ss7sim.simulator.config.scenario.ScenarioValues;
import org.ss7sim.simulator.config.scenario.TrafficOptions.MoSmsOptions;
import org.ss7sim.simulator.config.scenario.TrafficSource;
import org.ss7sim.simulator.config.yaml.Values;
import org.ss7sim.simulator.network.SimNetwork;
import org.ss7sim.simulator.network.SimNode;
import org.ss7sim.simulator.node.msc.Msc;

/**
 * Short messages from handsets (DESIGN.md §3 flow 5): the MSC sends MO-ForwardSM (TS 29.002 §12.2)
 * with an SMS-SUBMIT to the short code {@code to} to the SMSC, which hands it to the ESME owning
 * the short code as deliver_sm. Succeeds when the SMSC returns the result (it does once the message
 * is queued for the ESME); fails with the MAP error otherwise ({@code unidentified_subscriber} for
 * a short code no ESME owns).
 */
final class MobileOriginatedSms implements Traffic {
  /**
   * {@code kind: mo_sms} — short messages sent by handsets (DESIGN.md §3 flow 5): the MSC relays
   * each as MO-ForwardSM to the SMSC, which hands it to the ESME owning the short code
   * (deliver_sm).
   */
  static final Kind KIND =
      new Kind(
          "mo_sms",
          List.of("sender", "smsc", "text"),
          List.of(NodeKind.MSC),
          f ->
              new MoSmsOptions(
                  f.value(
                      "sender",
                      ScenarioValues::selection,
                      new NumberSelection(
                          new NumberSelection.Subscribers(Optional.empty(), Optional.empty()),
                          NumberSelection.Pick.SEQUENTIAL)),
                  f.optional("smsc", Values::name),
                  f.value("text", Values::string, ScenarioReader.DEFAULT_SMS_TEXT)),
          MobileOriginatedSms::new);

  private final TrafficSource source;
  private final SimNetwork net;
  private final MoSmsOptions options;
  private final NumberPicker sender;
  private final String smscAddress;

  MobileOriginatedSms(TrafficSource source, SimNetwork net, long seed) {
    this.source = source;
    this.net = net;
    this.options = (MoSmsOptions) source.options();
    this.sender = new NumberPicker(options.sender(), net.config(), seed + 3);
    this.smscAddress =
        options
            .smsc()
            .flatMap(name -> net.config().node(name))
            .or(() -> net.config().nodes(NodeKind.SMSC).stream().findFirst())
            .filter(n -> !n.globalTitles().isEmpty())
            .map(n -> n.globalTitles().get(0).digits())
            .orElse("");
  }

  @Override
  public void start(String flow, String to, Attempt attempt) {
    SimNode origin = net.node(source.from()).orElse(null);
    if (origin == null || !(origin.logic().orElse(null) instanceof Msc msc)) {
      attempt.fail("not_supported");
      return;
    }
    if (smscAddress.isEmpty()) {
      attempt.fail("no_smsc");
      return;
    }
    String from = sender.next();
    origin.execute(() -> msc.sendMo(flow, from, smscAddress, to, options.text(), attempt));
  }
}
