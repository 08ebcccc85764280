package org.ss7sim.sccp.stack;

import java.util.ArrayList;
import java.util.List;
import org.ss7sim.mtp.PointCode;
import org.ss7sim.sccp.NoticeIndication;
import org.ss7sim.sccp.SccpUser;
import org.ss7sim.sccp.Ssn;
import org.ss7sim.sccp.UnitdataIndication;

/** A test SCCP user that records every indication. */
final class RecordingUser implements SccpUser {
  record SubsystemState(PointCode pointCode, Ssn ssn, boolean allowed) {}

  record PointCodeState(PointCode pointCode, boolean accessible) {}

  final List<UnitdataIndication> unitdata = new ArrayList<>();
  final List<NoticeIndication> notices = new ArrayList<>();
  final List<SubsystemState> subsystemStates = new ArrayList<>();
  final List<PointCodeState> pointCodeStates = new ArrayList<>();

  @Override
  public void onUnitdata(UnitdataIndication indication) {
    unitdata.add(indication);
  }

  @Override
  public void onNotice(NoticeIndication notice) {
    notices.add(notice);
  }

  @Override
  public void onSubsystemState(PointCode pointCode, Ssn ssn, boolean allowed) {
    subsystemStates.add(new SubsystemState(pointCode, ssn, allowed));
  }

  @Override
  public void onPointCodeState(PointCode pointCode, boolean accessible) {
    pointCodeStates.add(new PointCodeState(pointCode, accessible));
  }
}
