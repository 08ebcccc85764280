/**
 * Global title translation (Q.714 §2.4): rules as data (a match on the global title's fields and
 * the longest digit prefix, then destinations and an address rewrite), with a printable text form
 * that parses back, primary/backup and load-shared destinations, and the return cause when nothing
 * fits or no destination is available.
 */
package org.ss7sim.sccp.gtt;
