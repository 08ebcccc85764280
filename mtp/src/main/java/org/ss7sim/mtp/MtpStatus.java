package org.ss7sim.mtp;

/**
 * An MTP-STATUS indication (Q.701 §8.4).
 *
 * @param affected the destination concerned
 * @param cause congestion or user part unavailability
 * @param congestionLevel 0–3 when congested, otherwise 0
 * @param userPart the unavailable user part, for {@link MtpStatusCause#USER_PART_UNAVAILABLE}
 * @param unavailabilityCause 0 unknown, 1 unequipped remote user, 2 inaccessible remote user (Q.704
 *     §15.17.5); 0 when congested
 */
public record MtpStatus(
    PointCode affected,
    MtpStatusCause cause,
    int congestionLevel,
    ServiceIndicator userPart,
    int unavailabilityCause) {}
