package org.ss7sim.smpp.session;

import org.ss7sim.smpp.pdu.Pdu;

/** What to do when an outstanding request is answered, times out, or its session goes away. */
public interface Outstanding {
  /** The response (or a generic_nack) with the request's sequence number arrived. */
  void onResponse(Pdu response);

  /** No response within the response timeout (SMPP 3.4 §2.8). */
  void onTimeout();

  /** The session closed first. */
  void onClosed();

  /** For requests whose outcome nobody waits for (enquire_link, unbind). */
  Outstanding IGNORED =
      new Outstanding() {
        @Override
        public void onResponse(Pdu response) {}

        @Override
        public void onTimeout() {}

        @Override
        public void onClosed() {}
      };
}
