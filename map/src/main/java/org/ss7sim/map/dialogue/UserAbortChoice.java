package org.ss7sim.map.dialogue;

import org.ss7sim.wire.MalformedMessageException;
import org.ss7sim.wire.ber.BerCodec;
import org.ss7sim.wire.ber.BerReader;
import org.ss7sim.wire.ber.BerWriter;

/**
 * MAP-UserAbortChoice ::= CHOICE { userSpecificReason [0] NULL, userResourceLimitation [1] NULL,
 * resourceUnavailable [2] ResourceUnavailableReason, applicationProcedureCancellation [3]
 * ProcedureCancellationReason } (TS 29.002 §17.3).
 *
 * @param reason for resourceUnavailable: 0 shortTermResourceLimitation, 1 longTerm…; for
 *     applicationProcedureCancellation: 0 handoverCancellation … 3 callRelease, 4
 *     associatedProcedureFailure, 5 tandemDialogueRelease, 6 remoteOperationsFailure; else -1
 */
public record UserAbortChoice(Kind kind, int reason) {
  public enum Kind {
    USER_SPECIFIC_REASON,
    USER_RESOURCE_LIMITATION,
    RESOURCE_UNAVAILABLE,
    APPLICATION_PROCEDURE_CANCELLATION
  }

  public static final BerCodec<UserAbortChoice> CODEC =
      new BerCodec<>() {
        @Override
        public UserAbortChoice decode(BerReader r) throws MalformedMessageException {
          switch (r.tag()) {
            case 0x80:
              r.nullValue();
              return new UserAbortChoice(Kind.USER_SPECIFIC_REASON, -1);
            case 0x81:
              r.nullValue();
              return new UserAbortChoice(Kind.USER_RESOURCE_LIMITATION, -1);
            case 0x82:
              return new UserAbortChoice(Kind.RESOURCE_UNAVAILABLE, r.intValue());
            case 0x83:
              return new UserAbortChoice(Kind.APPLICATION_PROCEDURE_CANCELLATION, r.intValue());
            default:
              throw r.error("not a MAP-UserAbortChoice alternative");
          }
        }

        @Override
        public void encode(UserAbortChoice v, int tag, BerWriter out) {
          switch (v.kind) {
            case USER_SPECIFIC_REASON -> out.nullValue(0x80);
            case USER_RESOURCE_LIMITATION -> out.nullValue(0x81);
            case RESOURCE_UNAVAILABLE -> out.integer(0x82, v.reason);
            case APPLICATION_PROCEDURE_CANCELLATION -> out.integer(0x83, v.reason);
          }
        }

        @Override
        public int defaultTag() {
          return 0x80;
        }

        @Override
        public boolean acceptsTag(int tag) {
          return tag >= 0x80 && tag <= 0x83;
        }

        @Override
        public int tagFor(UserAbortChoice v, int fieldTag) {
          return 0x80 + v.kind.ordinal();
        }
      };
}
