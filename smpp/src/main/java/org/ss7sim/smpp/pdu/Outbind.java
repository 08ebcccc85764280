package org.ss7sim.smpp.pdu;

import java.util.Objects;

/** outbind (SMPP 3.4 §4.1.7): the SMSC asks an ESME to bind as receiver. */
public record Outbind(CommandStatus status, int sequence, String systemId, String password)
    implements Pdu {
  public Outbind {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(systemId, "systemId");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public CommandId commandId() {
    return CommandId.OUTBIND;
  }

  @Override
  public Outbind withSequence(int seq) {
    return new Outbind(status, seq, systemId, password);
  }
}
