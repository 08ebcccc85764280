/**
 * What SMSC-side and ESME-side sessions share: the bind states (SMPP 3.4 §2.2–2.3), the window of
 * outstanding requests with response timers (§2.7, §2.8), the link a session writes to, and the
 * error responses to requests that cannot be served.
 */
package org.ss7sim.smpp.session;
