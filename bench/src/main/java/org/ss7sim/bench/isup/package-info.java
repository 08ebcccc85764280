/**
 * ISUP benchmarks: IAM encode and decode (Q.763 codec) and whole call set-ups between two exchanges
 * in one JVM (IAM, ACM, ANM, REL, RLC).
 */
package org.ss7sim.bench.isup;
