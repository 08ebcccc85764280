/**
 * ASP and AS state maintenance (RFC 4666 §4.3): the ASP state machine (§4.3.1: ASP-DOWN,
 * ASP-INACTIVE, ASP-ACTIVE) as a pure transition table, and the AS state machine (§4.3.2: AS-DOWN,
 * AS-INACTIVE, AS-ACTIVE, AS-PENDING with the recovery timer T(r)) with traffic modes override,
 * loadshare and broadcast (§4.3.4.3) and the NTFY it triggers (§4.3.4.5).
 */
package org.ss7sim.m3ua.asp;
