package org.ss7sim.simulator.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Ss7simCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "ss7sim " + (v == null ? "development build" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
