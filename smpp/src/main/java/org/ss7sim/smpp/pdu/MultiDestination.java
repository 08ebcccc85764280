package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** One dest_address of submit_multi (SMPP 3.4 §4.5.1.1): an SME address or a distribution list. */
public sealed interface MultiDestination {
  /** dest_flag 1: an SME address. */
  record Sme(Address address) implements MultiDestination {
    public Sme {
      Objects.requireNonNull(address, "address");
    }
  }

  /** dest_flag 2: a distribution list name. */
  record DistributionList(String name) implements MultiDestination {
    public DistributionList {
      Objects.requireNonNull(name, "name");
    }
  }
}
