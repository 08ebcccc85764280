package org.ss7sim.simulator.decode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ss7sim.cap.CapApplicationContext;
import org.ss7sim.inap.InapApplicationContext;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.sccp.SccpAddress;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.tcap.message.Abort;
import org.ss7sim.tcap.message.Begin;
import org.ss7sim.tcap.message.Continue;
import org.ss7sim.tcap.message.End;
import org.ss7sim.tcap.message.TcMessage;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The application a TCAP dialogue serves, which decides how its components are read (an operation
 * code means one thing in MAP and another in INAP: 22 is sendRoutingInfo in MAP, releaseCall in
 * INAP). Decided, in this order, by:
 *
 * <ol>
 *   <li>the application context name in the message's dialogue portion (Q.773 §4.2.2);
 *   <li>the context name seen earlier in the same transaction, when a {@link Dialogues} memory is
 *       given (TC-CONTINUE and TC-END usually carry no dialogue portion);
 *   <li>the subsystem numbers of the SCCP addresses as 3GPP TS 23.003 §8.1 assigns them (146 CAP,
 *       241 INAP), for dialogues whose start was not seen;
 *   <li>MAP otherwise.
 * </ol>
 *
 * <p>Each value has its layer in {@code StackDecoder}'s {@code switch} ({@code MapLayer}, {@code
 * InapLayer}, {@code CapLayer}); a new TCAP user is one more constant, and the compiler points at
 * the places that must read it.
 */
enum TcapUser {
  MAP,
  INAP,
  CAP,
  /** A context name that is none of the above. */
  OTHER;

  /** The application of {@code acn}, or null when it names none we know. */
  static TcapUser ofContext(ObjectIdentifier acn) {
    if (acn == null) {
      return null;
    }
    if (MapApplicationContext.of(acn).isPresent()) {
      return MAP;
    }
    long[] a = acn.arcs();
    // ETSI Core INAP CS-1 {0 4 0 1 1 1 0 n} and ITU Q.1218 {0 0 17 1218 ...}
    if (InapApplicationContext.isSsfToScf(acn)
        || InapApplicationContext.CORE_INAP_CS1_SCP_TO_SSP.equals(acn)
        || InapApplicationContext.Q1218_GENERIC_SCF_TO_SSF.equals(acn)
        || startsWith(a, 0, 4, 0, 1, 1)
        || startsWith(a, 0, 0, 17, 1218)) {
      return INAP;
    }
    // CAP v1/v2 {0 4 0 0 1 0 50 n} and {0 4 0 0 1 0 51 n}; CAP v3/v4 {0 4 0 0 1 21|22 ...}
    // (3GPP TS 29.078 §6 / TS 29.002's application-context arcs).
    if (CapApplicationContext.isCallControl(acn)
        || CapApplicationContext.isSms(acn)
        || startsWith(a, 0, 4, 0, 0, 1, 0, 50)
        || startsWith(a, 0, 4, 0, 0, 1, 0, 51)
        || startsWith(a, 0, 4, 0, 0, 1, 21)
        || startsWith(a, 0, 4, 0, 0, 1, 22)
        || startsWith(a, 0, 4, 0, 0, 1, 23)) {
      return CAP;
    }
    if (startsWith(a, 0, 4, 0, 0, 1)) {
      return MAP; // a MAP context of a version we do not model
    }
    return OTHER;
  }

  /** The application by subsystem number, or null. */
  static TcapUser ofSsn(SccpAddress called, SccpAddress calling) {
    for (SccpAddress a : new SccpAddress[] {called, calling}) {
      if (a != null && a.ssn() != null) {
        if (a.ssn().equals(Ssn.INAP)) {
          return INAP;
        }
        if (a.ssn().equals(Ssn.CAP)) {
          return CAP;
        }
      }
    }
    return null;
  }

  private static boolean startsWith(long[] arcs, long... prefix) {
    if (arcs.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (arcs[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The applications of the transactions seen so far in one capture, by transaction id (Q.774 §3.2:
   * a TC-CONTINUE's destination id is the originating id of the other side). Bounded to {@value
   * #MAX_DIALOGUES} dialogues; the oldest are forgotten.
   */
  static final class Dialogues {
    static final int MAX_DIALOGUES = 4096;

    private final Map<String, TcapUser> byTid =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, TcapUser> e) {
            return size() > MAX_DIALOGUES;
          }
        };

    /** Records what {@code m} says and returns the application it belongs to, if known. */
    TcapUser resolve(TcMessage m, TcapUser fromContext) {
      String otid = null;
      String dtid = null;
      if (m instanceof Begin b) {
        otid = b.otid().toString();
      } else if (m instanceof Continue c) {
        otid = c.otid().toString();
        dtid = c.dtid().toString();
      } else if (m instanceof End e) {
        dtid = e.dtid().toString();
      } else if (m instanceof Abort a) {
        dtid = a.dtid().toString();
      }
      TcapUser user = fromContext;
      if (user == null && dtid != null) {
        user = byTid.get(dtid);
      }
      if (user != null) {
        if (otid != null) {
          byTid.put(otid, user);
        }
        if (dtid != null && !(m instanceof End) && !(m instanceof Abort)) {
          byTid.put(dtid, user);
        }
      }
      if (dtid != null && (m instanceof End || m instanceof Abort)) {
        byTid.remove(dtid);
      }
      return user;
    }
  }
}
