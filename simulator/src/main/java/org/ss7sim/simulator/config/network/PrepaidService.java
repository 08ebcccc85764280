package org.ss7sim.simulator.config.network;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The prepaid service of an SCP acting as gsmSCF (CAP on SSN 146): a balance per subscriber in
 * credit units, a tariff in units per second of answered call, ApplyCharging periods of at most
 * {@code maxPeriod}; calls whose credit runs out are released with {@code releaseCause}.
 */
public record PrepaidService(
    int tariff, Duration maxPeriod, int releaseCause, int smsPrice, List<PrepaidAccount> accounts) {
  public PrepaidService {
    accounts = List.copyOf(accounts);
  }

  /**
   * A block of {@code count} prepaid accounts with consecutive MSISDNs from {@code msisdn}, each
   * starting with {@code balance} units.
   */
  public record PrepaidAccount(String msisdn, int count, long balance) {}

  /** The starting balance of an MSISDN, if it has an account. */
  public Optional<Long> balanceOf(String msisdn) {
    for (PrepaidAccount a : accounts) {
      if (msisdn.length() == a.msisdn().length() && msisdn.matches("[0-9]+")) {
        java.math.BigInteger d =
            new java.math.BigInteger(msisdn).subtract(new java.math.BigInteger(a.msisdn()));
        if (d.signum() >= 0 && d.compareTo(java.math.BigInteger.valueOf(a.count())) < 0) {
          return Optional.of(a.balance());
        }
      }
    }
    return Optional.empty();
  }
}
