package org.ss7sim.isup.call;

import java.util.Objects;
import java.util.Optional;
import org.ss7sim.isup.parameter.AddressSignals;
import org.ss7sim.isup.parameter.CallingPartyNumber;
import org.ss7sim.isup.parameter.CallingPartysCategory;
import org.ss7sim.isup.parameter.NatureOfAddress;
import org.ss7sim.isup.parameter.OptionalParameters;

/**
 * A request to place an outgoing call (the user's set-up request, Q.764 §2.1.1).
 *
 * @param trunkGroup the name of the trunk group to route on
 * @param called called party digits (national format); with {@code overlap} the first digits only
 * @param calling calling party digits, or empty for none
 * @param category calling party's category
 * @param overlap true when more digits follow with {@link CallControl#sendDigits}
 * @param continuityCheck true to ask the incoming side to wait for COT (T8 there)
 * @param calledNature nature of address of the called party number (Q.763 §3.9 b), national by
 *     default
 * @param callingParty the whole calling party number (Q.763 §3.10: presentation and screening
 *     indicators included) when the user gives one; else {@code calling} is sent national,
 *     presentation allowed, network provided
 * @param additional further optional parameters of the IAM, sent after the calling party number
 *     (e.g. a diverting exchange's redirecting number, redirection information and original called
 *     number, Q.763 §3.44, §3.45, §3.39; Q.732.2 §2.2)
 */
public record CallSetup(
    String trunkGroup,
    String called,
    String calling,
    CallingPartysCategory category,
    boolean overlap,
    boolean continuityCheck,
    int calledNature,
    Optional<CallingPartyNumber> callingParty,
    OptionalParameters additional) {
  public CallSetup {
    Objects.requireNonNull(trunkGroup, "trunkGroup");
    AddressSignals.check(called);
    AddressSignals.check(calling);
    Objects.requireNonNull(category, "category");
    if (calledNature < 0 || calledNature > 0x7f) {
      throw new IllegalArgumentException("nature of address out of range: " + calledNature);
    }
    Objects.requireNonNull(callingParty, "callingParty");
    Objects.requireNonNull(additional, "additional");
    if (called.isEmpty()) {
      throw new IllegalArgumentException("called number is empty");
    }
  }

  /** A set-up without further optional parameters. */
  public CallSetup(
      String trunkGroup,
      String called,
      String calling,
      CallingPartysCategory category,
      boolean overlap,
      boolean continuityCheck,
      int calledNature,
      Optional<CallingPartyNumber> callingParty) {
    this(
        trunkGroup,
        called,
        calling,
        category,
        overlap,
        continuityCheck,
        calledNature,
        callingParty,
        OptionalParameters.NONE);
  }

  /** A set-up with a national called number and the calling digits only. */
  public CallSetup(
      String trunkGroup,
      String called,
      String calling,
      CallingPartysCategory category,
      boolean overlap,
      boolean continuityCheck) {
    this(
        trunkGroup,
        called,
        calling,
        category,
        overlap,
        continuityCheck,
        NatureOfAddress.NATIONAL,
        Optional.empty());
  }

  /** An en-bloc call from an ordinary subscriber. */
  public static CallSetup of(String trunkGroup, String called, String calling) {
    return new CallSetup(
        trunkGroup, called, calling, CallingPartysCategory.ORDINARY_SUBSCRIBER, false, false);
  }

  public CallSetup withOverlap() {
    return new CallSetup(
        trunkGroup,
        called,
        calling,
        category,
        true,
        continuityCheck,
        calledNature,
        callingParty,
        additional);
  }

  public CallSetup withContinuityCheck() {
    return new CallSetup(
        trunkGroup,
        called,
        calling,
        category,
        overlap,
        true,
        calledNature,
        callingParty,
        additional);
  }

  /** The called party number's nature of address (e.g. international from a {@code +} number). */
  public CallSetup withCalledNature(int nature) {
    return new CallSetup(
        trunkGroup,
        called,
        calling,
        category,
        overlap,
        continuityCheck,
        nature,
        callingParty,
        additional);
  }

  /**
   * The calling party number as given, presentation and screening indicators included (e.g.
   * "presentation restricted" for a SIP caller asking for privacy, RFC 3323 / Q.1912.5).
   */
  public CallSetup withCallingParty(CallingPartyNumber number) {
    return new CallSetup(
        trunkGroup,
        called,
        number.digits(),
        category,
        overlap,
        continuityCheck,
        calledNature,
        Optional.of(number),
        additional);
  }

  /** These optional parameters in the IAM besides the calling party number (in this order). */
  public CallSetup withAdditional(OptionalParameters parameters) {
    return new CallSetup(
        trunkGroup,
        called,
        calling,
        category,
        overlap,
        continuityCheck,
        calledNature,
        callingParty,
        parameters);
  }
}
