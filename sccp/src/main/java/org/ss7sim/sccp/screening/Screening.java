package org.ss7sim.sccp.screening;

/**
 * Decides what happens to a message the relay is about to forward. Called on the node's thread for
 * every data message (UDT, XUDT, LUDT) received from MTP whose global title translated; service
 * messages and locally originated messages are not screened. A node without screening ({@link
 * #NONE}) pays nothing: SCRC does not build the {@link ScreenedMessage}.
 */
@FunctionalInterface
public interface Screening {
  /** No screening: every message is forwarded. */
  Screening NONE = m -> ScreeningVerdict.ALLOW;

  ScreeningVerdict screen(ScreenedMessage message);
}
