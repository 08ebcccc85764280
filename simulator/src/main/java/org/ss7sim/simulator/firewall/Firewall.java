package org.ss7sim.simulator.firewall;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.ReturnCause;
import org.ss7sim.sccp.screening.ScreenedMessage;
import org.ss7sim.sccp.screening.Screening;
import org.ss7sim.sccp.screening.ScreeningVerdict;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.tcap.message.TcMessageCodec;

/**
 * The firewall on one STP's SCCP relay: reads each relayed message ({@link Peek}), asks the {@link
 * RuleEngine}, and turns the decision into the relay's verdict. Every rule that matches is counted
 * and logged in one line; the default (no rule) is counted as {@code default}. A TCAP abort is a
 * P-Abort (resourceLimitation) to the dialogue's originating transaction id, sent from the called
 * address as if the destination had aborted. Runs on the STP's thread.
 */
public final class Firewall implements Screening {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Firewall.class);
  private static final int MAX_LINES = 1000;

  /** The log a simulated STP writes to (INFO, logger org.ss7sim.simulator.firewall.Firewall). */
  public static final Consumer<String> INFO_LOG = LOG::info;

  private final String node;
  private final RuleEngine engine;
  private final Set<PointCode> interconnect;
  private final LongSupplier clock;
  private final Consumer<String> log;
  private final Map<String, Long> counters = new LinkedHashMap<>();
  private final java.util.Deque<String> lines = new java.util.ArrayDeque<>();

  /**
   * @param node the STP's name, for the log
   * @param interconnect the adjacent point codes that belong to other operators' networks
   * @param clock milliseconds of the run's clock
   * @param log where the one-line log goes
   */
  public Firewall(
      String node,
      FirewallConfig config,
      Set<PointCode> interconnect,
      LongSupplier clock,
      Consumer<String> log) {
    this.node = node;
    this.engine = new RuleEngine(config, clock.getAsLong());
    this.interconnect = Set.copyOf(interconnect);
    this.clock = clock;
    this.log =
        line -> {
          if (lines.size() == MAX_LINES) {
            lines.removeFirst();
          }
          lines.addLast(line);
          log.accept(line);
        };
    for (Rule r : config.rules()) {
      counters.put(r.name(), 0L);
    }
    counters.put("default", 0L);
  }

  @Override
  public ScreeningVerdict screen(ScreenedMessage s) {
    Inspected m = Peek.inspect(s.message(), interconnect.contains(s.opc()));
    Decision d = engine.decide(m, clock.getAsLong());
    for (Rule r : d.logged()) {
      increment(r.name());
      log.accept(line(r, r.action(), m, ""));
    }
    if (d.rule().isEmpty()) {
      increment("default");
      return ScreeningVerdict.ALLOW;
    }
    Rule r = d.rule().get();
    increment(r.name());
    log.accept(line(r, d.action(), m, d.reason()));
    Action a = d.action();
    if (a instanceof Action.Allow) {
      return ScreeningVerdict.ALLOW;
    }
    if (a instanceof Action.Udts u) {
      return new ScreeningVerdict.Return(new ReturnCause(u.cause()));
    }
    if (a instanceof Action.TcapAbort && m.otid().isPresent()) {
      return new ScreeningVerdict.Answer(
          TcMessageCodec.encode(Abort.provider(m.otid().get(), PAbortCause.RESOURCE_LIMITATION)));
    }
    return ScreeningVerdict.DROP;
  }

  private void increment(String rule) {
    counters.merge(rule, 1L, Long::sum);
  }

  /** How often each rule matched, in rule order, then {@code default}. */
  public Map<String, Long> counters() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counters));
  }

  public long count(String rule) {
    return counters.getOrDefault(rule, 0L);
  }

  /** The last (at most 1000) log lines, oldest first. */
  public java.util.List<String> log() {
    return java.util.List.copyOf(lines);
  }

  public RuleEngine engine() {
    return engine;
  }

  /**
   * {@code firewall stp-gw rule=cat1 action=tcap-abort op=anyTimeInterrogation calling=99903...
   * called=99901... imsi= msisdn=... interconnect=true reason="..."}.
   */
  String line(Rule r, Action a, Inspected m, String reason) {
    StringBuilder b =
        new StringBuilder("firewall ")
            .append(node)
            .append(" rule=")
            .append(r.name())
            .append(" action=")
            .append(a.text())
            .append(" op=")
            .append(m.operation())
            .append(" calling=")
            .append(m.callingGt())
            .append(" called=")
            .append(m.calledGt());
    if (!m.imsi().isEmpty()) {
      b.append(" imsi=").append(m.imsi());
    }
    if (!m.msisdn().isEmpty()) {
      b.append(" msisdn=").append(m.msisdn());
    }
    b.append(" interconnect=").append(m.fromInterconnect());
    if (!reason.isEmpty()) {
      b.append(" reason=\"").append(reason).append('"');
    }
    return b.toString();
  }
}
