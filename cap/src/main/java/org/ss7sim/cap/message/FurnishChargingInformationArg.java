package org.ss7sim.cap.message;

import static org.ss7sim.wire.ber.SequenceOut.ctx;

import java.util.List;
import org.ss7sim.wire.Octets;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerTag;
import org.ss7sim.wire.ber.Codecs;
import org.ss7sim.wire.ber.Field;
import org.ss7sim.wire.ber.RawElement;
import org.ss7sim.wire.ber.SequenceCodec;

/**
 * The argument of FurnishChargingInformation (TS 29.078 §6.1.1, opcode 34): free-format data for
 * the call record. The record holds the components of the contained SEQUENCE.
 *
 * <pre>
 * FurnishChargingInformationArg ::= FCIBillingChargingCharacteristics
 * FCIBillingChargingCharacteristics ::= OCTET STRING (SIZE (5..225))
 *     -- containing CAMEL-FCIBillingChargingCharacteristics
 * CAMEL-FCIBillingChargingCharacteristics ::= CHOICE {
 *   fCIBCCCAMELsequence1 [0] SEQUENCE {
 *     freeFormatData       [0] OCTET STRING (SIZE (1..160)),     -- phase 2: 1..40
 *     partyToCharge        [1] SendingSideID DEFAULT sendingSideID : leg1,
 *     appendFreeFormatData [2] AppendFreeFormatData DEFAULT overwrite,   -- phase 3
 *     ... } }
 * AppendFreeFormatData ::= ENUMERATED {overwrite(0), append(1)}
 * </pre>
 *
 * @param partyToCharge null when absent (leg1)
 * @param appendFreeFormatData null when absent (overwrite)
 */
public record FurnishChargingInformationArg(
    Octets freeFormatData,
    LegId partyToCharge,
    Integer appendFreeFormatData,
    List<RawElement> unmodelled)
    implements CapArgument {
  private static final SequenceCodec<FurnishChargingInformationArg> SEQUENCE1 =
      new SequenceCodec<>(
          "fCIBCCCAMELsequence1",
          BerTag.contextConstructed(0),
          SequenceCodec.order(ctx(0), ctx(1), ctx(2)),
          List.of(
              Field.mandatory("freeFormatData", 0x80, Codecs.octets(1, 160)),
              Field.optional("partyToCharge", 0xa1, Codecs.explicit(LegId.CODEC)),
              Field.optional("appendFreeFormatData", 0x82, Codecs.integer(0, 1))),
          v -> new FurnishChargingInformationArg(v.get(0), v.get(1), v.get(2), v.rest()),
          x -> new Object[] {x.freeFormatData, x.partyToCharge, x.appendFreeFormatData},
          FurnishChargingInformationArg::unmodelled);

  public static final BerCodec<FurnishChargingInformationArg> CODEC =
      Codecs.containing(SEQUENCE1, 5, 225);

  public FurnishChargingInformationArg {
    java.util.Objects.requireNonNull(freeFormatData, "freeFormatData");
    if (freeFormatData.isEmpty() || freeFormatData.length() > 160) {
      throw new IllegalArgumentException(
          "freeFormatData of " + freeFormatData.length() + " octets");
    }
    unmodelled = List.copyOf(unmodelled);
  }

  public static FurnishChargingInformationArg of(Octets freeFormatData) {
    return new FurnishChargingInformationArg(freeFormatData, null, null, List.of());
  }

  @Override
  public CapOperation operation() {
    return CapOperation.FURNISH_CHARGING_INFORMATION;
  }
}
