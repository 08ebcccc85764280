package org.ss7sim.simulator.cli;

import java.util.concurrent.Callable;
import org.ss7sim.simulator.app.DemoScenario;
import org.ss7sim.simulator.app.Run;
import org.ss7sim.simulator.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ss7sim demo}: the built-in network on this machine, a short run of every flow. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the built-in network on loopback and every flow through it.",
      "The network: SSPs, an STP pair, an SCP, an HLR, an MSC/VLR, an SMSC and an ESME. Flows: ISUP calls (answered, busy, no answer, toll-free via the SCP, mobile-terminated), MT-SMS (short, long, UCS2,",
      "absent subscriber that returns), and mobile services: a CAMEL prepaid call released when its credit runs out, a CAMEL-charged MO-SMS and a USSD menu walk (with --calls/--sms 5 or more).",
      "Prints progress, ladders of the first flow of each kind, and a summary.",
      "Exit 0 only if every expected outcome was met."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--calls",
      paramLabel = "N",
      defaultValue = "20",
      description = "Calls to place (default: ${DEFAULT-VALUE}).")
  int calls;

  @Option(
      names = "--sms",
      paramLabel = "N",
      defaultValue = "20",
      description = "Short messages to submit (default: ${DEFAULT-VALUE}).")
  int sms;

  @Option(
      names = "--tls",
      description =
          "SMPP over TLS between the ESME and the SMSC (a self-signed certificate made at start)")
  boolean tls;

  @Mixin OutputOptions outputs = new OutputOptions();

  @Override
  public Integer call() throws Exception {
    if (calls < 0 || sms < 0) {
      throw new BadInputException("--calls and --sms must not be negative");
    }
    outputs.check();
    boolean ok =
        Run.run(
            ConfigLoader.demoNetwork(tls),
            DemoScenario.of(calls, sms),
            Run.Settings.of(
                    null,
                    new Run.Outputs(outputs.pcap, outputs.json, outputs.report, outputs.wide),
                    java.nio.file.Path.of("."))
                .withMemoryStores(),
            spec.commandLine().getOut(),
            outputs.progressTo(spec.commandLine().getErr()));
    return ok ? ExitCode.OK : ExitCode.FAILED;
  }
}
