package org.ss7sim.sccp.stack;

import org.ss7sim.mtp.PointCode;

/**
 * Where a message entered SCRC: from a local user (SCLC) or from MTP, with the routing label's OPC
 * and SLS.
 */
record Origin(boolean local, PointCode opc, int sls) {
  static Origin local(PointCode self, int sls) {
    return new Origin(true, self, sls);
  }

  static Origin remote(PointCode opc, int sls) {
    return new Origin(false, opc, sls);
  }
}
