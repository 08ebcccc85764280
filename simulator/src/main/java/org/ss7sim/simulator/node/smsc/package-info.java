/**
 * The SMS centre (SMS-GMSC/IWMSC) and the ESME load generator: SMPP ⇄ MAP interworking (submit_sm
 * into a durable store, SendRoutingInfoForSM, MT-ForwardSM with concatenation, receipts as
 * deliver_sm, absent subscribers with ReportSM-DeliveryStatus, retries and alertServiceCentre,
 * validity expiry), TS 23.040 §3 and TS 29.002 §12. The durable store is H2 ({@code MessageStore});
 * on the default file store a write-ahead journal ({@code Journal}, {@code JournaledWrites}) takes
 * the writes first, elsewhere {@code GroupCommit} batches them.
 */
package org.ss7sim.simulator.node.smsc;
