package org.ss7sim.simulator.firewall;

import java.util.Optional;
import org.ss7sim.tcap.message.TransactionId;

/**
 * What the firewall reads of one relayed message. Text fields are empty when absent.
 *
 * @param callingGt the calling party's global title digits
 * @param calledGt the called party's global title digits (before translation)
 * @param calledSsn the called SSN, or -1
 * @param fromInterconnect whether it came from another operator's network
 * @param tcap the TCAP message type (BEGIN, CONTINUE, END, ABORT, UNIDIRECTIONAL), empty if the
 *     data is not TCAP
 * @param otid the originating transaction id (BEGIN, CONTINUE)
 * @param dtid the destination transaction id (CONTINUE, END, ABORT)
 * @param applicationContext the MAP application context's name (camel case, e.g. anyTimeEnquiry),
 *     empty when none or not MAP
 * @param opCode the local operation code of the first invoke, or -1
 * @param resultOpCode the local operation code of the first return result, or -1
 * @param imsi the IMSI the invoke (or result) names
 * @param msisdn the MSISDN the invoke names
 */
public record Inspected(
    String callingGt,
    String calledGt,
    int calledSsn,
    boolean fromInterconnect,
    String tcap,
    Optional<TransactionId> otid,
    Optional<TransactionId> dtid,
    String applicationContext,
    int opCode,
    int resultOpCode,
    String imsi,
    String msisdn) {

  /** A MAP invoke from {@code callingGt} to {@code calledGt} in a TCAP BEGIN, for tests. */
  public static Inspected invoke(
      String callingGt, String calledGt, boolean fromInterconnect, int opCode) {
    return new Inspected(
        callingGt,
        calledGt,
        6,
        fromInterconnect,
        "BEGIN",
        Optional.of(TransactionId.of(1)),
        Optional.empty(),
        "",
        opCode,
        -1,
        "",
        "");
  }

  public Inspected withImsi(String newImsi) {
    return new Inspected(
        callingGt,
        calledGt,
        calledSsn,
        fromInterconnect,
        tcap,
        otid,
        dtid,
        applicationContext,
        opCode,
        resultOpCode,
        newImsi,
        msisdn);
  }

  public Inspected withSsn(int newSsn) {
    return new Inspected(
        callingGt,
        calledGt,
        newSsn,
        fromInterconnect,
        tcap,
        otid,
        dtid,
        applicationContext,
        opCode,
        resultOpCode,
        imsi,
        msisdn);
  }

  public Inspected withMsisdn(String newMsisdn) {
    return new Inspected(
        callingGt,
        calledGt,
        calledSsn,
        fromInterconnect,
        tcap,
        otid,
        dtid,
        applicationContext,
        opCode,
        resultOpCode,
        imsi,
        newMsisdn);
  }

  /** The operation's name, or the TCAP type when there is no invoke. */
  public String operation() {
    if (opCode >= 0) {
      return Operations.name(opCode);
    }
    if (resultOpCode >= 0) {
      return Operations.name(resultOpCode) + " result";
    }
    return tcap.isEmpty() ? "non-TCAP" : tcap;
  }
}
