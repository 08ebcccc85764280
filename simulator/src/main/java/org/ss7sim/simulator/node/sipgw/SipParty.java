package org.ss7sim.simulator.node.sipgw;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The identities of a SIP call as the interworking reads or writes them: what an INVITE carries
 * (Request-URI, From, P-Asserted-Identity of RFC 3325, Privacy of RFC 3323).
 *
 * @param requestUser the Request-URI user part (the called number)
 * @param fromUser the From user part; {@code anonymous} for an anonymous From (RFC 3323 §4.1)
 * @param assertedUser the P-Asserted-Identity user part, when present
 * @param privacy the Privacy header values, lower case ({@code id}, {@code header}, {@code none} …)
 */
public record SipParty(
    String requestUser, String fromUser, Optional<String> assertedUser, Set<String> privacy) {
  /** The From user part of an anonymous call (RFC 3323 §4.1). */
  public static final String ANONYMOUS = "anonymous";

  public SipParty {
    Objects.requireNonNull(requestUser, "requestUser");
    Objects.requireNonNull(fromUser, "fromUser");
    Objects.requireNonNull(assertedUser, "assertedUser");
    privacy = Set.copyOf(privacy);
  }

  /** True when the From says nothing about the caller. */
  public boolean anonymousFrom() {
    return fromUser.equalsIgnoreCase(ANONYMOUS) || fromUser.isEmpty();
  }
}
