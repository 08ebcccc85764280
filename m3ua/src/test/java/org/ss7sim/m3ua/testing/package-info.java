/** Test fixtures of the M3UA layer for the layers above it, shipped in the m3ua test-jar. */
package org.ss7sim.m3ua.testing;
