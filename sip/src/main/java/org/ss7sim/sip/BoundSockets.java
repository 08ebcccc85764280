package org.ss7sim.sip;

import gov.nist.core.net.DefaultNetworkLayer;
import gov.nist.core.net.NetworkLayer;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The JAIN-SIP library's network layer for one gateway ({@code gov.nist.javax.sip.NETWORK_LAYER},
 * instantiated by the library; public only for that): hands the library the listening sockets the
 * gateway bound itself, and opens every other socket as the library's default layer does.
 *
 * <p>Why: the library takes a listen port as given, so for port 0 it would bind an ephemeral port
 * and still put port 0 in its Via and Contact headers. For a configured port 0 the gateway binds
 * the sockets itself ({@link #bind}: UDP on a port the kernel chooses, TCP on the same port), and
 * the library, asked to listen on that port, gets these sockets: no window between choosing a port
 * and binding it in which another process could take it.
 */
public final class BoundSockets implements NetworkLayer {
  private static final int TCP_BACKLOG = 50;
  private static final int ATTEMPTS = 20;

  private final NetworkLayer plain = DefaultNetworkLayer.SINGLETON;
  private final Map<InetSocketAddress, DatagramSocket> datagrams = new ConcurrentHashMap<>();
  private final Map<InetSocketAddress, ServerSocket> servers = new ConcurrentHashMap<>();

  /** For the library (it instantiates the class named in its properties). */
  public BoundSockets() {}

  /**
   * Binds {@code host} on a port the kernel chooses, for UDP if {@code udp} and for TCP (on the
   * same port) if {@code tcp}, and keeps the sockets for the library.
   *
   * @return the address bound
   * @throws IOException when no port is free for both within 20 attempts
   */
  InetSocketAddress bind(InetAddress host, boolean udp, boolean tcp) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      DatagramSocket d = null;
      ServerSocket s = null;
      try {
        int port = 0;
        if (udp) {
          d = new DatagramSocket(new InetSocketAddress(host, 0));
          port = d.getLocalPort();
        }
        if (tcp) {
          s = new ServerSocket(port, TCP_BACKLOG, host);
          port = s.getLocalPort();
        }
        InetSocketAddress bound = new InetSocketAddress(host, port);
        if (d != null) {
          datagrams.put(bound, d);
        }
        if (s != null) {
          servers.put(bound, s);
        }
        return bound;
      } catch (IOException taken) {
        // the TCP side of the UDP port is taken: another pair
        last = taken;
        if (d != null) {
          d.close();
        }
        if (s != null) {
          s.close();
        }
      }
    }
    throw new IOException("no port free for UDP and TCP on " + host, last);
  }

  /** Closes the sockets the library did not take (e.g. when a listening point failed). */
  void closeUntaken() {
    List<AutoCloseable> left = new ArrayList<>(datagrams.values());
    left.addAll(servers.values());
    datagrams.clear();
    servers.clear();
    for (AutoCloseable c : left) {
      try {
        c.close();
      } catch (Exception e) {
        // closing
      }
    }
  }

  @Override
  public DatagramSocket createDatagramSocket(int port, InetAddress laddr) throws SocketException {
    DatagramSocket held = datagrams.remove(new InetSocketAddress(laddr, port));
    return held != null ? held : plain.createDatagramSocket(port, laddr);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    ServerSocket held = servers.remove(new InetSocketAddress(bindAddress, port));
    return held != null ? held : plain.createServerSocket(port, backlog, bindAddress);
  }

  @Override
  public DatagramSocket createDatagramSocket() throws SocketException {
    return plain.createDatagramSocket();
  }

  @Override
  public SSLServerSocket createSSLServerSocket(int port, int backlog, InetAddress bindAddress)
      throws IOException {
    return plain.createSSLServerSocket(port, backlog, bindAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port) throws IOException {
    return plain.createSocket(address, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return plain.createSocket(address, port, myAddress);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress myAddress, int myPort)
      throws IOException {
    return plain.createSocket(address, port, myAddress, myPort);
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port) throws IOException {
    return plain.createSSLSocket(address, port);
  }

  @Override
  public SSLSocket createSSLSocket(InetAddress address, int port, InetAddress myAddress)
      throws IOException {
    return plain.createSSLSocket(address, port, myAddress);
  }

  @Override
  public void setSipStack(SipStackImpl sipStack) {
    plain.setSipStack(sipStack);
  }
}
