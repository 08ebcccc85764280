package org.ss7sim.isup.call;

import org.ss7sim.isup.message.Cic;
import org.ss7sim.isup.message.InitialAddress;

/**
 * A call arriving from a remote exchange (set-up indication).
 *
 * @param complete false in overlap: more digits may come with {@link CallControlUser#onMoreDigits}
 * @param iam the initial address message as received, for every other parameter
 */
public record IncomingCall(
    CallReference call,
    String trunkGroup,
    Cic cic,
    String called,
    String calling,
    int category,
    boolean complete,
    InitialAddress iam) {}
