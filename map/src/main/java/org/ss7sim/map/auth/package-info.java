/**
 * Authentication for the HLR/AuC: the Milenage algorithm set f1, f1*, f2–f5, f5* (TS 35.206),
 * quintuplets with AUTN and sequence numbers (TS 33.102 §6.3, Annex C), and the GSM conversion
 * functions c2/c3 that turn a quintuplet into a triplet (TS 33.102 §6.8.1.2). AES is the JDK's.
 */
package org.ss7sim.map.auth;
