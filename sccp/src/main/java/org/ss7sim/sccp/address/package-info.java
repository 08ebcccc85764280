/**
 * The wire form of SCCP called and calling party addresses (Q.713 §3.4): address indicator, ITU
 * point code, subsystem number and the four ITU global title formats with BCD digits.
 */
package org.ss7sim.sccp.address;
