package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.ss7sim.simulator.config.Location;

/**
 * One stream of attempts of a kind: starts {@code start} after the run begins, at the rate of the
 * profile, and stops after {@code count} attempts or {@code duration}, whichever comes first.
 *
 * @param from the node that originates: an SSP for calls, an ESME for SMS, an MSC for USSD, any
 *     signaling point for location queries
 * @param to the called numbers or destination subscribers
 */
public record TrafficSource(
    String name,
    TrafficKind kind,
    String from,
    RateProfile rate,
    OptionalLong count,
    Optional<Duration> duration,
    Duration start,
    NumberSelection to,
    TrafficOptions options,
    Expectations expect,
    Location location) {}
