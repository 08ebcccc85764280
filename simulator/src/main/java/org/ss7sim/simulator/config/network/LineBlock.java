package org.ss7sim.simulator.config.network;

import java.time.Duration;
import org.ss7sim.simulator.config.Location;

/**
 * Numbers a switch terminates: called numbers starting with {@code prefix} behave as {@code
 * behaviour}; answered calls are answered after {@code answerAfter}.
 */
public record LineBlock(
    String prefix, LineBehaviour behaviour, Duration answerAfter, Location location) {}
