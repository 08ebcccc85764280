/**
 * INAP CS-1 core over TCAP (ITU-T Q.1218, ETSI ETS 300 374-1): application context names, the
 * counters of the INAP layer and the reading of received invokes. The operations are in {@code
 * .message}, the TC-user side of an SSF (a switch) in {@code .ssf}, of an SCF in {@code .scf}, and
 * the number-translation service logic an SCP runs in {@code .scp}.
 *
 * <p>How a simulator node uses it, everything on the node's thread with its {@code TimerService}:
 *
 * <pre>{@code
 * // SCP node: one TcapStack on SSN 241, the translation table as service logic
 * TranslationTable table = TranslationTable.builder()
 *     .entry("0800", "toll-free").otherwise(Treatment.route(RoutingTarget.replacingPrefix("30210", 1)))
 *     .unknownNumberCause(Cause.of(Cause.UNALLOCATED_NUMBER)).build();
 * new ScfService(scpTcap, new NumberTranslation(table, timers, zone, new Random(seed), Set.of())).bind();
 *
 * // SSP node: one TcapStack on SSN 241, the IN trigger table, one SsfService
 * SsfService ssf = new SsfService(sspTcap, timers, SsfConfig.defaults(sspAddress)).bind();
 * InTrigger.Trigger t = trigger.match(calledDigits);          // on IAM; null = no IN query
 * SsfCall q = ssf.initialDp(t.scf(), InitialDpArg.of(t.serviceKey(), called, calling), listener);
 * // listener.onDecision(q, Route | Proceed | Release(cause, reason)) exactly once;
 * // q.reportEvent(O_ANSWER / O_DISCONNECT, leg) if the SCF armed events; q.close() when done.
 * }</pre>
 *
 * The ISUP side (IAM to the translated number, REL with the decision's cause and the circuit back
 * to idle) is the simulator's interworking; this module never touches ISUP.
 */
package org.ss7sim.inap;
