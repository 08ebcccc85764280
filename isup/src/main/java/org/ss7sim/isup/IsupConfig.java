package org.ss7sim.isup;

import java.util.List;
import java.util.Objects;
import org.ss7sim.isup.circuit.IsupTimers;
import org.ss7sim.isup.circuit.TrunkGroupConfig;
import org.ss7sim.mtp.NetworkIndicator;

/**
 * Configuration of one exchange's ISUP.
 *
 * @param networkIndicator NI of the messages sent
 * @param timers Q.764 timer values
 * @param trunkGroups the trunk groups (each to one remote point code; several may share one)
 * @param overlapReceiving incoming IAMs without ST wait for SAMs (otherwise every IAM is complete)
 * @param sendUnequippedCic answer messages for CICs not configured with UCIC (Q.764 §2.12), or
 *     discard
 * @param seed seed of random circuit selection
 */
public record IsupConfig(
    NetworkIndicator networkIndicator,
    IsupTimers timers,
    List<TrunkGroupConfig> trunkGroups,
    boolean overlapReceiving,
    boolean sendUnequippedCic,
    long seed) {
  public IsupConfig {
    Objects.requireNonNull(networkIndicator, "networkIndicator");
    Objects.requireNonNull(timers, "timers");
    trunkGroups = List.copyOf(trunkGroups);
  }

  /** National network, Q.764 default timers, en-bloc receiving, UCIC for unknown CICs. */
  public static IsupConfig of(TrunkGroupConfig... groups) {
    return new IsupConfig(
        NetworkIndicator.NATIONAL, IsupTimers.defaults(), List.of(groups), false, true, 1);
  }

  public IsupConfig withTimers(IsupTimers value) {
    return new IsupConfig(
        networkIndicator, value, trunkGroups, overlapReceiving, sendUnequippedCic, seed);
  }

  public IsupConfig withOverlapReceiving(boolean value) {
    return new IsupConfig(networkIndicator, timers, trunkGroups, value, sendUnequippedCic, seed);
  }

  public IsupConfig withSeed(long value) {
    return new IsupConfig(
        networkIndicator, timers, trunkGroups, overlapReceiving, sendUnequippedCic, value);
  }
}
