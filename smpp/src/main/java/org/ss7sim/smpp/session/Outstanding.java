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

  /** Runs {@code onResponse} on the response, {@code onTimeout} on a timeout, nothing on close. */
  static Outstanding of(java.util.function.Consumer<Pdu> onResponse, Runnable onTimeout) {
    return new Outstanding() {
      @Override
      public void onResponse(Pdu response) {
        onResponse.accept(response);
      }

      @Override
      public void onTimeout() {
        onTimeout.run();
      }

      @Override
      public void onClosed() {}
    };
  }

  /** Closes {@code link} once the request is answered or times out (unbind, SMPP 3.4 §4.2). */
  static Outstanding closing(SmppLink link) {
    return of(r -> link.close(), link::close);
  }

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
