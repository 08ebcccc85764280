/**
 * The transaction sublayer's bookkeeping (Q.774 §3.1): the dialogue state machine as a table, the
 * transaction-id keyed dialogue table and the timer wheel that runs dialogue idle timers and
 * invocation timers without one scheduler entry each.
 */
package org.ss7sim.tcap.transaction;
