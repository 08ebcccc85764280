/**
 * ISUP messages (ITU-T Q.763 §1 and Tables 32–47): one immutable record per message type in the
 * sealed {@link org.ss7sim.isup.message.IsupMessage} family, the wire codes and formats in {@link
 * org.ss7sim.isup.message.IsupMessageType}, and the stateless codec {@link
 * org.ss7sim.isup.message.IsupMessageCodec} (CIC, message type, mandatory fixed part, mandatory
 * variable part with pointers, optional part).
 */
package org.ss7sim.isup.message;
