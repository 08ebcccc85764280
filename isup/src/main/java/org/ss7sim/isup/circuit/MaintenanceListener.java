package org.ss7sim.isup.circuit;

/** Maintenance system alerts Q.764 asks for (e.g. on T5, T13, T15, T17, T19, T21, T23 expiry). */
@FunctionalInterface
public interface MaintenanceListener {
  void onMaintenanceAlert(TrunkGroup group, int cic, String reason);

  MaintenanceListener NONE = (g, c, r) -> {};
}
