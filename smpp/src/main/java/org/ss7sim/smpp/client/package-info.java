/**
 * The ESME side of SMPP, for the simulator's load generator and for tests: {@link
 * org.ss7sim.smpp.client.SmppClient} connects, binds (SMPP 3.4 §4.1), submits within a window of
 * outstanding requests (§2.7), optionally at a target rate, answers deliver_sm and hands receipts
 * to an {@link org.ss7sim.smpp.client.EsmeListener}, keeps the link alive with enquire_link
 * (§4.11), and reconnects after a loss.
 */
package org.ss7sim.smpp.client;
