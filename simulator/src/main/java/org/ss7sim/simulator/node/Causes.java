package org.ss7sim.simulator.node;

import java.util.Map;

/** Q.850 cause values as the lower-case names scenario files and results use. */
public final class Causes {
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "unallocated_number"),
          Map.entry(3, "no_route_to_destination"),
          Map.entry(16, "normal_clearing"),
          Map.entry(17, "user_busy"),
          Map.entry(18, "no_user_responding"),
          Map.entry(19, "no_answer"),
          Map.entry(20, "subscriber_absent"),
          Map.entry(21, "call_rejected"),
          Map.entry(22, "number_changed"),
          Map.entry(27, "destination_out_of_order"),
          Map.entry(28, "invalid_number_format"),
          Map.entry(31, "normal_unspecified"),
          Map.entry(34, "no_circuit_available"),
          Map.entry(38, "network_out_of_order"),
          Map.entry(41, "temporary_failure"),
          Map.entry(42, "switching_equipment_congestion"),
          Map.entry(44, "requested_circuit_not_available"),
          Map.entry(47, "resource_unavailable"),
          Map.entry(63, "service_not_available"),
          Map.entry(102, "recovery_on_timer_expiry"),
          Map.entry(111, "protocol_error"));

  private Causes() {}

  /** The name of a Q.850 cause value, e.g. {@code user_busy}; {@code cause_N} when unnamed. */
  public static String q850(int code) {
    return NAMES.getOrDefault(code, "cause_" + code);
  }
}
