/**
 * ISUP parameters (ITU-T Q.763 §3): one immutable record per modelled parameter in the sealed
 * {@link org.ss7sim.isup.parameter.IsupParameter} family, parameters we do not model kept as {@link
 * org.ss7sim.isup.parameter.RawParameter} so they re-encode unchanged, and Q.850 cause values with
 * the outcome the simulator reports.
 */
package org.ss7sim.isup.parameter;
