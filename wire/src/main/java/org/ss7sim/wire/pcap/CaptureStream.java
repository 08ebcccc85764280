package org.ss7sim.wire.pcap;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.wire.MalformedMessageException;

/**
 * The messages of a capture, frame by frame: reads one record ({@link PcapReader}), takes it apart
 * ({@link FrameDissector}), and reassembles SCTP user messages ({@link SctpReassembly}, RFC 4960
 * §6.9) and TCP PDUs ({@link TcpReassembly}). Each call of {@link #next()} returns the events of
 * one frame, so memory stays bounded by one record plus the reassembly limits, whatever the size of
 * the file.
 *
 * <p>Every frame yields at least one event. A damaged file ends with a {@link CaptureEvent.Damaged}
 * after everything before the damage.
 */
public final class CaptureStream implements Closeable {
  private final PcapReader reader;
  private final SctpReassembly sctp = new SctpReassembly();
  private final TcpReassembly tcp = new TcpReassembly();
  private int lastFrame;
  private boolean finished;

  private CaptureStream(PcapReader reader) {
    this.reader = reader;
  }

  /** Opens {@code file}; fails when it is not a capture at all (bad magic, header cut short). */
  public static CaptureStream open(Path file) throws IOException, MalformedMessageException {
    return new CaptureStream(PcapReader.open(file));
  }

  /** A stream over an opened reader; the stream owns it from then on. */
  public static CaptureStream of(PcapReader reader) {
    return new CaptureStream(reader);
  }

  /**
   * The events of the next frame; at the end of the file, once, what is still waiting for
   * reassembly (as {@link CaptureEvent.Dropped}); then null.
   */
  public List<CaptureEvent> next() throws IOException {
    if (finished) {
      return null;
    }
    CaptureFrame f;
    try {
      f = reader.next();
    } catch (MalformedMessageException e) {
      finished = true;
      List<CaptureEvent> out = finish();
      out.add(new CaptureEvent.Damaged(reader.frames() + 1, e.getMessage()));
      return out;
    }
    if (f == null) {
      finished = true;
      List<CaptureEvent> out = finish();
      return out.isEmpty() ? null : out;
    }
    lastFrame = f.number();
    return events(f);
  }

  /** Frames read so far. */
  public int frames() {
    return reader.frames();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private List<CaptureEvent> finish() {
    List<CaptureEvent> out = new ArrayList<>(sctp.finish(lastFrame));
    out.addAll(tcp.finish(lastFrame));
    return out;
  }

  private List<CaptureEvent> events(CaptureFrame f) {
    FrameContent content = FrameDissector.dissect(f);
    List<CaptureEvent> out = new ArrayList<>();
    if (content instanceof FrameContent.Skipped s) {
      out.add(new CaptureEvent.Skipped(f.number(), f.epochMicros(), s.kind(), s.reason()));
    } else if (content instanceof FrameContent.Sctp s) {
      for (SctpDataChunk c : s.chunks()) {
        if (c.whole()) {
          out.add(
              new CaptureEvent.Message(
                  new CapturedMessage(
                      f.number(),
                      f.epochMicros(),
                      TransportKind.SCTP,
                      s.source(),
                      s.destination(),
                      c.streamId(),
                      c.ppid(),
                      c.userData()),
                  List.of(f.number())));
        } else {
          out.addAll(sctp.add(f.number(), f.epochMicros(), s.source(), s.destination(), c));
        }
      }
      if (!s.trailing().isEmpty()) {
        out.add(
            new CaptureEvent.Skipped(
                f.number(), f.epochMicros(), "SCTP trailing octets", s.trailing()));
      }
    } else if (content instanceof FrameContent.Tcp t) {
      out.addAll(tcp.add(f.number(), f.epochMicros(), t));
    } else if (content instanceof FrameContent.Udp u) {
      out.add(
          new CaptureEvent.Message(
              new CapturedMessage(
                  f.number(),
                  f.epochMicros(),
                  TransportKind.UDP,
                  u.source(),
                  u.destination(),
                  0,
                  0,
                  u.payload()),
              List.of(f.number())));
    }
    return out;
  }
}
