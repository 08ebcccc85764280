/**
 * SMPP over TLS (TLS 1.2/1.3 on the JDK provider): the SMSC's key and certificate ({@link
 * org.ss7sim.smpp.tls.TlsCredentials}, self-signed with BouncyCastle or loaded from PEM/PKCS#12)
 * and the {@link javax.net.ssl.SSLContext}s for the server and for ESMEs ({@link
 * org.ss7sim.smpp.tls.SmppTls}). The transport ({@code org.ss7sim.transport.stream}) runs the
 * handshake; binds check client certificates per account.
 */
package org.ss7sim.smpp.tls;
