package org.ss7sim.inap.message;

import java.util.List;
import org.ss7sim.wire.Octets;

/**
 * The argument of ApplyCharging (Q.1218 §6, opcode 35).
 *
 * <pre>
 * ApplyChargingArg ::= SEQUENCE {
 *   aChBillingChargingCharacteristics [0] AChBillingChargingCharacteristics,  -- OCTET STRING
 *   partyToCharge                     [2] SendingSideID OPTIONAL,
 *   extensions                        [3] ... OPTIONAL,                       -- kept as unknown
 *   ... }
 * </pre>
 *
 * @param billingChargingCharacteristics the network-specific contents of the OCTET STRING
 * @param partyToCharge null when absent (the A party)
 */
public record ApplyChargingArg(
    Octets billingChargingCharacteristics, LegId partyToCharge, List<UnknownElement> unknown)
    implements InapArgument {
  public ApplyChargingArg {
    java.util.Objects.requireNonNull(
        billingChargingCharacteristics, "billingChargingCharacteristics");
    unknown = List.copyOf(unknown);
  }

  @Override
  public InapOperation operation() {
    return InapOperation.APPLY_CHARGING;
  }
}
