/**
 * The gsmSCF side of CAP (TS 29.078 §6.1, §7.1): {@link org.ss7sim.cap.scf.GsmScfService} reads the
 * dialogues a gsmSSF opens and hands InitialDP, InitialDPSMS and the reports to a {@link
 * org.ss7sim.cap.scf.GsmScfLogic} (a prepaid service, say), sending its operations back.
 */
package org.ss7sim.cap.scf;
