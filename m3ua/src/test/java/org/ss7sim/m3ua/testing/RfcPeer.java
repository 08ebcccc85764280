package org.ss7sim.m3ua.testing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import org.ss7sim.testkit.Bytes;
import org.ss7sim.wire.Octets;

/**
 * An external ASP written from RFC 4666 alone (shipped in the m3ua test-jar for the simulator's
 * tests too), for tests of what a real peer sees: every message it sends is built byte by byte with
 * {@link Bytes} and every message it receives is taken apart here, without the project's codec, so
 * a codec bug cannot hide a protocol bug. M3UA over TCP is framed by the common header's length
 * (§3.1).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Version    |   Reserved    | Message Class | Message Type  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Message Length                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Parameter Tag                |  Parameter Length             |  (§3.2, padded to 4)
 * </pre>
 */
public final class RfcPeer implements AutoCloseable {
  // §3.1.2 message classes and types
  public static final int MGMT = 0;
  public static final int TRANSFER = 1;
  public static final int ASPSM = 3;
  public static final int ASPTM = 4;
  public static final int ERR = 0;
  public static final int NTFY = 1;
  public static final int DATA = 1;
  public static final int ASPUP = 1;
  public static final int BEAT = 3;
  public static final int ASPUP_ACK = 4;
  public static final int BEAT_ACK = 6;
  public static final int ASPAC = 1;
  public static final int ASPAC_ACK = 3;
  public static final int TAG_NETWORK_APPEARANCE = 0x0200;
  public static final int RKM = 9;
  public static final int REG_REQ = 1;
  public static final int REG_RSP = 2;

  // §3.2 parameter tags
  public static final int TAG_ROUTING_CONTEXT = 0x0006;
  public static final int TAG_HEARTBEAT_DATA = 0x0009;
  public static final int TAG_TRAFFIC_MODE = 0x000b;
  public static final int TAG_ERROR_CODE = 0x000c;
  public static final int TAG_STATUS = 0x000d;
  public static final int TAG_PROTOCOL_DATA = 0x0210;
  public static final int TAG_ROUTING_KEY = 0x0207;
  public static final int TAG_REGISTRATION_RESULT = 0x0208;
  public static final int TAG_LOCAL_RK_IDENTIFIER = 0x020a;
  public static final int TAG_DESTINATION_POINT_CODE = 0x020b;
  public static final int TAG_REGISTRATION_STATUS = 0x0212;

  /** A received message: class, type, the whole message and its parameters in wire order. */
  public record Message(int messageClass, int type, byte[] bytes, List<Parameter> parameters) {
    public boolean is(int c, int t) {
      return messageClass == c && type == t;
    }

    /** The value of the first parameter with {@code tag}, or null. */
    public byte[] parameter(int tag) {
      for (Parameter p : parameters) {
        if (p.tag() == tag) {
          return p.value();
        }
      }
      return null;
    }

    public long u32(int tag) {
      return RfcPeer.u32(parameter(tag), 0);
    }

    public Octets octets() {
      return Octets.wrap(bytes);
    }

    @Override
    public String toString() {
      return "class " + messageClass + " type " + type + " " + octets();
    }
  }

  public record Parameter(int tag, byte[] value) {}

  private final Socket socket;
  private final DataInputStream in;

  /** Connects from {@code local} (port chosen by the kernel) to {@code server}. */
  public RfcPeer(InetAddress local, SocketAddress server) throws IOException {
    socket = new Socket();
    socket.bind(new InetSocketAddress(local, 0));
    socket.connect(server, 5_000);
    socket.setSoTimeout(5_000);
    in = new DataInputStream(socket.getInputStream());
  }

  /** The peer on a connection it accepted (the node connects to it). */
  public RfcPeer(Socket accepted) throws IOException {
    socket = accepted;
    socket.setSoTimeout(5_000);
    in = new DataInputStream(socket.getInputStream());
  }

  /** The port the kernel chose for this end (what the node names as the peer). */
  public int localPort() {
    return socket.getLocalPort();
  }

  // ---- sending: every message by hand -----------------------------------------------------

  public void send(Octets message) throws IOException {
    socket.getOutputStream().write(message.toByteArray());
    socket.getOutputStream().flush();
  }

  /** ASP Up (§3.5.1), no parameter. */
  public static Octets aspUp() {
    return Bytes.build().u8(1).u8(0).u8(ASPSM).u8(ASPUP).u32(8).octets();
  }

  /** ASP Active (§3.7.1) with a Traffic Mode Type (or none) and routing contexts (or none). */
  public static Octets aspActive(Integer trafficMode, long... rcs) {
    int length = 8 + (trafficMode == null ? 0 : 8) + (rcs.length == 0 ? 0 : 4 + 4 * rcs.length);
    Bytes b = Bytes.build().u8(1).u8(0).u8(ASPTM).u8(ASPAC).u32(length);
    if (trafficMode != null) {
      b.u16(TAG_TRAFFIC_MODE).u16(8).u32(trafficMode);
    }
    if (rcs.length > 0) {
      b.u16(TAG_ROUTING_CONTEXT).u16(4 + 4 * rcs.length);
      for (long rc : rcs) {
        b.u32(rc);
      }
    }
    return b.octets();
  }

  /**
   * REG REQ (§3.6.1) with one Routing Key: its Local-RK-Identifier and one Destination Point Code
   * (mask 0), nothing else (no RC, traffic mode, NA, SI or OPC list).
   */
  public static Octets regReq(long localRkIdentifier, int dpc) {
    return Bytes.build()
        .u8(1)
        .u8(0)
        .u8(RKM)
        .u8(REG_REQ)
        .u32(8 + 20)
        .u16(TAG_ROUTING_KEY)
        .u16(4 + 8 + 8)
        .u16(TAG_LOCAL_RK_IDENTIFIER)
        .u16(8)
        .u32(localRkIdentifier)
        .u16(TAG_DESTINATION_POINT_CODE)
        .u16(8)
        .u32(dpc & 0xffffff) // mask 0 in the first octet
        .octets();
  }

  /**
   * The parameters inside a parameter whose value is itself parameters (a Registration Result,
   * §3.6.2), in wire order.
   */
  public static List<Parameter> nested(byte[] value) {
    List<Parameter> out = new ArrayList<>();
    int at = 0;
    while (at + 4 <= value.length) {
      int tag = u16(value, at);
      int plen = u16(value, at + 2);
      if (plen < 4 || at + plen > value.length) {
        throw new AssertionError("bad nested parameter length " + plen + " at " + at);
      }
      byte[] v = new byte[plen - 4];
      System.arraycopy(value, at + 4, v, 0, v.length);
      out.add(new Parameter(tag, v));
      at += (plen + 3) & ~3;
    }
    return out;
  }

  /** BEAT (§3.5.5) with four octets of heartbeat data. */
  public static Octets beat(int token) {
    return Bytes.build()
        .u8(1)
        .u8(0)
        .u8(ASPSM)
        .u8(BEAT)
        .u32(16)
        .u16(TAG_HEARTBEAT_DATA)
        .u16(8)
        .u32(token)
        .octets();
  }

  /** DATA (§3.3.1) with a routing context and a Protocol Data of two user octets (SI 3, NI 2). */
  public static Octets data(long rc, int opc, int dpc, int sls) {
    return Bytes.build()
        .u8(1)
        .u8(0)
        .u8(TRANSFER)
        .u8(DATA)
        .u32(8 + 8 + 20)
        .u16(TAG_ROUTING_CONTEXT)
        .u16(8)
        .u32(rc)
        .u16(TAG_PROTOCOL_DATA)
        .u16(4 + 12 + 2)
        .u32(opc)
        .u32(dpc)
        .u8(3)
        .u8(2)
        .u8(0)
        .u8(sls)
        .u8(0xca)
        .u8(0xfe)
        .u16(0) // user data, 2 octets of padding
        .octets();
  }

  /**
   * DATA (§3.3.1) with a routing context (or none when negative) and a Protocol Data carrying
   * {@code userData} of service indicator {@code si}, network indicator {@code ni}.
   */
  public static Octets data(long rc, int opc, int dpc, int si, int ni, int sls, byte[] userData) {
    int pdLength = 4 + 12 + userData.length;
    int padded = (pdLength + 3) & ~3;
    Bytes b = Bytes.build().u8(1).u8(0).u8(TRANSFER).u8(DATA).u32(8 + (rc < 0 ? 0 : 8) + padded);
    if (rc >= 0) {
      b.u16(TAG_ROUTING_CONTEXT).u16(8).u32(rc);
    }
    b.u16(TAG_PROTOCOL_DATA).u16(pdLength).u32(opc).u32(dpc).u8(si).u8(ni).u8(0).u8(sls);
    for (byte x : userData) {
      b.u8(x & 0xff);
    }
    for (int i = pdLength; i < padded; i++) {
      b.u8(0);
    }
    return b.octets();
  }

  /** ASP Up, then ASP Active with {@code mode} and {@code rcs}: the first answer to ASP Active. */
  public Message upAndActive(Integer mode, long... rcs) throws IOException {
    send(aspUp());
    Message up = read();
    if (!up.is(ASPSM, ASPUP_ACK)) {
      throw new AssertionError("ASP Up answered with " + up);
    }
    send(aspActive(mode, rcs));
    Message m = read();
    while (m.is(MGMT, NTFY)) {
      m = read();
    }
    return m;
  }

  /** The user data of a DATA message's Protocol Data (after OPC, DPC, SI, NI, MP, SLS). */
  public static byte[] userData(Message m) {
    byte[] pd = m.parameter(TAG_PROTOCOL_DATA);
    byte[] out = new byte[pd.length - 12];
    System.arraycopy(pd, 12, out, 0, out.length);
    return out;
  }

  // ---- receiving ----------------------------------------------------------------------------

  /** The next message; fails after 5 s of silence. */
  public Message read() throws IOException {
    byte[] header = new byte[8];
    in.readFully(header);
    if (header[0] != 1) {
      throw new IOException("version " + header[0] + " from the node");
    }
    long length = u32(header, 4);
    if (length < 8 || length > 65_536 || length % 4 != 0) {
      throw new EOFException("bad M3UA length " + length);
    }
    byte[] m = new byte[(int) length];
    System.arraycopy(header, 0, m, 0, 8);
    in.readFully(m, 8, m.length - 8);
    List<Parameter> params = new ArrayList<>();
    int at = 8;
    while (at < m.length) {
      int tag = u16(m, at);
      int plen = u16(m, at + 2);
      if (plen < 4 || at + plen > m.length) {
        throw new IOException(
            "bad parameter length " + plen + " at " + at + " in " + Octets.wrap(m));
      }
      byte[] value = new byte[plen - 4];
      System.arraycopy(m, at + 4, value, 0, value.length);
      params.add(new Parameter(tag, value));
      at += (plen + 3) & ~3;
    }
    return new Message(m[2] & 0xff, m[3] & 0xff, m, params);
  }

  /** Sends BEAT and returns everything received before its BEAT ACK (a barrier: TCP is ordered). */
  public List<Message> untilBeatAck(int token) throws IOException {
    send(beat(token));
    List<Message> before = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Message m = read();
      if (m.is(ASPSM, BEAT_ACK) && u32(m.parameter(TAG_HEARTBEAT_DATA), 0) == token) {
        return before;
      }
      before.add(m);
    }
    throw new AssertionError("no BEAT ACK within 1000 messages");
  }

  /** Whether the node closed the connection (end of stream or reset) before sending anything. */
  public boolean closedByNode() throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketException reset) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  public static int u16(byte[] b, int at) {
    return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
  }

  public static long u32(byte[] b, int at) {
    return ((long) (b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }
}
