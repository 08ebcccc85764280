/**
 * The ISDN user part (ITU-T Q.761–Q.764) of one exchange: {@link org.ss7sim.isup.IsupUserPart}
 * binds the message codec, call processing and circuit supervision to the MTP service (service
 * indicator 5) and is the one boundary where bad input is caught and answered (CFN, UCIC, RLC) or
 * discarded and counted.
 */
package org.ss7sim.isup;
