package org.ss7sim.wire.pcap;

import java.util.List;

/**
 * What {@link CaptureStream} reports for each frame: every frame yields at least one event, so none
 * is lost without a word.
 */
public sealed interface CaptureEvent {
  /** The frame the event is reported at. */
  int frame();

  /**
   * A whole message: an SCTP user message (reassembled when it came in fragments) or one PDU of a
   * TCP stream.
   *
   * @param frames every frame that carried part of it, in order; just the reporting frame when it
   *     came in one piece
   */
  record Message(CapturedMessage message, List<Integer> frames) implements CaptureEvent {
    public Message {
      frames = List.copyOf(frames);
    }

    @Override
    public int frame() {
      return message.frame();
    }

    /** Whether the message came in more than one chunk or segment. */
    public boolean reassembled() {
      return frames.size() > 1 || message.frame() != frames.get(0);
    }
  }

  /** Part of a message, kept until the rest arrives (an SCTP fragment, a partial TCP PDU). */
  record Held(int frame, long epochMicros, String reason) implements CaptureEvent {}

  /**
   * A frame, or part of one, that holds nothing decode reads.
   *
   * @param kind a short category for the summary, e.g. {@code SCTP without DATA}
   */
  record Skipped(int frame, long epochMicros, String kind, String reason) implements CaptureEvent {}

  /**
   * Data that was held for reassembly and is given up: a reassembly limit was reached, a gap was
   * never filled, or the capture ended first.
   *
   * @param frames the frames whose data is given up
   */
  record Dropped(int frame, List<Integer> frames, String kind, String reason)
      implements CaptureEvent {
    public Dropped {
      frames = List.copyOf(frames);
    }
  }

  /** The capture file itself is damaged here; nothing after it can be read. */
  record Damaged(int frame, String reason) implements CaptureEvent {}
}
