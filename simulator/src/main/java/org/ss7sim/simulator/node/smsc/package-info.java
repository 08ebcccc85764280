/**
 * The SMS centre (SMS-GMSC/IWMSC) and the ESME load generator: SMPP ⇄ MAP interworking (submit_sm
 * into a durable store, SendRoutingInfoForSM, MT-ForwardSM with concatenation, receipts as
 * deliver_sm, absent subscribers with ReportSM-DeliveryStatus, retries and alertServiceCentre,
 * validity expiry), TS 23.040 §3 and TS 29.002 §12.
 */
package org.ss7sim.simulator.node.smsc;
