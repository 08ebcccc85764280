package org.ss7sim.simulator.config.scenario;

import java.time.Duration;
import org.ss7sim.simulator.config.Location;
import org.ss7sim.simulator.config.network.SubscriberState;

/** Something the scenario does to the network at a time after the run begins. */
public sealed interface TimedEvent {
  Duration at();

  Location location();

  /** Takes a link (both ends of the association) down. */
  record LinkDown(Duration at, String link, Location location) implements TimedEvent {}

  /** Brings a link back up. */
  record LinkUp(Duration at, String link, Location location) implements TimedEvent {}

  /**
   * Changes a subscriber's handset state; absent → attached makes the MSC/VLR report the subscriber
   * present, and the HLR sends alertServiceCentre to SMSCs with waiting messages.
   */
  record SubscriberStateChange(Duration at, String msisdn, SubscriberState state, Location location)
      implements TimedEvent {}

  /** Stops a node as if it crashed: links drop, nothing is flushed beyond what is durable. */
  record NodeStop(Duration at, String node, Location location) implements TimedEvent {}

  /** Starts a stopped node again. */
  record NodeStart(Duration at, String node, Location location) implements TimedEvent {}

  /** Stops and starts a node. */
  record NodeRestart(Duration at, String node, Location location) implements TimedEvent {}
}
