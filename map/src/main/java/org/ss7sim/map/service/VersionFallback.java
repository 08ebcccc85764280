package org.ss7sim.map.service;

import java.util.List;
import org.ss7sim.map.message.ForwardSmArg;
import org.ss7sim.map.message.MoForwardSmArg;
import org.ss7sim.map.message.MtForwardSmArg;
import org.ss7sim.map.operation.MapApplicationContext;
import org.ss7sim.map.operation.MapOperation;
import org.ss7sim.map.service.MapDialogueEntry.Request;
import org.ss7sim.tcap.AbortIndication;
import org.ss7sim.tcap.message.PAbortCause;
import org.ss7sim.wire.ber.ObjectIdentifier;

/**
 * The version negotiation of TS 29.002 §14.2: which lower version to retry a refused dialogue at,
 * and what a request becomes in that version.
 *
 * <ul>
 *   <li>The peer refused with "application context not supported" and named a lower version of the
 *       same context: that version; naming none (or another context): one version lower.
 *   <li>The peer's provider aborted with a cause a version 1 node gives for a dialogue portion it
 *       does not understand (unrecognized message type, incorrect transaction portion, no common
 *       dialogue portion): version 1, when the context has one.
 * </ul>
 */
final class VersionFallback {
  private static final long[] MAP_AC_PREFIX = {0, 4, 0, 0, 1, 0};

  private VersionFallback() {}

  /** The version to retry at, or -1 for none. */
  static int lowerVersion(MapDialogueEntry md, AbortIndication ind) {
    int current = md.version;
    ObjectIdentifier offered = ind.applicationContextNotSupported();
    if (offered != null) {
      long[] arcs = offered.arcs();
      if (arcs.length == 8
          && isMapPrefix(arcs)
          && arcs[6] == md.context.id()
          && arcs[7] < current
          && md.context.supports((int) arcs[7])) {
        return (int) arcs[7];
      }
      return current - 1 >= md.context.minVersion() ? current - 1 : -1;
    }
    PAbortCause cause = ind.pAbortCause();
    boolean v1PeerSymptom =
        ind.kind() == AbortIndication.Kind.PROVIDER
            && cause != null
            && (cause.equals(PAbortCause.INCORRECT_TRANSACTION_PORTION)
                || cause.equals(PAbortCause.UNRECOGNIZED_MESSAGE_TYPE)
                || cause.equals(PAbortCause.NO_COMMON_DIALOGUE_PORTION));
    if (v1PeerSymptom && current > 1 && md.context.supports(1)) {
      return 1; // a v1 peer does not understand the dialogue portion
    }
    return -1;
  }

  /** The same request in an earlier version: MT/MO-ForwardSM become forwardSM in v1/v2. */
  static Request downgrade(Request r, MapApplicationContext context, int version) {
    if (r.operation().usedIn(context, version)) {
      return r;
    }
    if (version <= 2 && r.argument() instanceof MtForwardSmArg a) {
      return new Request(
          MapOperation.FORWARD_SM,
          new ForwardSmArg(a.smRpDa(), a.smRpOa(), a.smRpUi(), a.moreMessagesToSend(), List.of()),
          r.listener());
    }
    if (version <= 2 && r.argument() instanceof MoForwardSmArg a) {
      return new Request(
          MapOperation.FORWARD_SM,
          new ForwardSmArg(a.smRpDa(), a.smRpOa(), a.smRpUi(), false, List.of()),
          r.listener());
    }
    return null;
  }

  static boolean isMapPrefix(long[] arcs) {
    for (int i = 0; i < MAP_AC_PREFIX.length; i++) {
      if (arcs[i] != MAP_AC_PREFIX[i]) {
        return false;
      }
    }
    return true;
  }
}
