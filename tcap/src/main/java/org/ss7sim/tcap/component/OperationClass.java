package org.ss7sim.tcap.component;

/**
 * Operation classes (Q.771 §2.3.1.2): which outcomes of an invoke are reported.
 *
 * <ul>
 *   <li>1: success (result) and failure (error) reported;
 *   <li>2: only failure reported;
 *   <li>3: only success reported;
 *   <li>4: neither reported.
 * </ul>
 */
public enum OperationClass {
  CLASS_1(true, true),
  CLASS_2(false, true),
  CLASS_3(true, false),
  CLASS_4(false, false);

  private final boolean reportsSuccess;
  private final boolean reportsFailure;

  OperationClass(boolean reportsSuccess, boolean reportsFailure) {
    this.reportsSuccess = reportsSuccess;
    this.reportsFailure = reportsFailure;
  }

  public boolean reportsSuccess() {
    return reportsSuccess;
  }

  public boolean reportsFailure() {
    return reportsFailure;
  }
}
