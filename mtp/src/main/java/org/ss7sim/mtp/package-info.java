/**
 * The MTP3 service (Q.701, Q.704 §2): point codes, the routing label, service indicator and network
 * indicator, and the primitives upper layers use: MTP-TRANSFER request/indication ({@link
 * org.ss7sim.mtp.MtpService#transfer}, {@link org.ss7sim.mtp.MtpUser#onTransfer}), MTP-PAUSE,
 * MTP-RESUME and MTP-STATUS ({@link org.ss7sim.mtp.MtpUser}).
 *
 * <p>M3UA implements this service over SIGTRAN; SCCP and ISUP use it.
 */
package org.ss7sim.mtp;
