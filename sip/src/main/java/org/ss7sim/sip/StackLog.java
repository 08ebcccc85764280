package org.ss7sim.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAIN-SIP stack's log, sent to SLF4J (logger {@code org.ss7sim.sip.jain}) instead of the log4j
 * the library would otherwise look for. Public only because the library instantiates it by name
 * (stack property {@code gov.nist.javax.sip.STACK_LOGGER}); not part of the module's API.
 */
public final class StackLog implements StackLogger {
  private static final Logger LOG = LoggerFactory.getLogger("org.ss7sim.sip.jain");

  /**
   * Gateways with a {@link SipWireTap}: while there is one, the library is told that messages are
   * logged (level {@code TRACE_MESSAGES}), so it hands each to {@link WireLog}. The library keeps
   * one logger for all stacks of the JVM, hence a count, not a flag per stack.
   */
  private static final java.util.concurrent.atomic.AtomicInteger TAPPING =
      new java.util.concurrent.atomic.AtomicInteger();

  static void tapping(boolean on) {
    if (on) {
      TAPPING.incrementAndGet();
    } else {
      TAPPING.decrementAndGet();
    }
  }

  /** Called by the library. */
  public StackLog() {}

  @Override
  public void logStackTrace() {}

  @Override
  public void logStackTrace(int traceLevel) {}

  @Override
  public int getLineCount() {
    return 0;
  }

  @Override
  public void logException(Throwable ex) {
    LOG.debug("SIP stack exception", ex);
  }

  @Override
  public void logDebug(String message) {
    LOG.debug(message);
  }

  @Override
  public void logDebug(String message, Exception ex) {
    LOG.debug(message, ex);
  }

  @Override
  public void logTrace(String message) {
    LOG.trace(message);
  }

  @Override
  public void logFatalError(String message) {
    LOG.error(message);
  }

  @Override
  public void logError(String message) {
    LOG.warn(message);
  }

  @Override
  public boolean isLoggingEnabled() {
    return LOG.isInfoEnabled();
  }

  @Override
  public boolean isLoggingEnabled(int logLevel) {
    if (logLevel == TRACE_MESSAGES && TAPPING.get() > 0) {
      return true;
    }
    if (logLevel >= TRACE_TRACE) {
      return LOG.isTraceEnabled();
    }
    if (logLevel >= TRACE_DEBUG) {
      return LOG.isDebugEnabled();
    }
    if (logLevel >= TRACE_INFO) {
      return LOG.isInfoEnabled();
    }
    return LOG.isWarnEnabled();
  }

  @Override
  public void logError(String message, Exception ex) {
    LOG.warn(message, ex);
  }

  @Override
  public void logWarning(String message) {
    LOG.warn(message);
  }

  @Override
  public void logInfo(String message) {
    LOG.debug(message);
  }

  @Override
  public void disableLogging() {}

  @Override
  public void enableLogging() {}

  @Override
  public void setBuildTimeStamp(String buildTimeStamp) {}

  @Override
  public void setStackProperties(Properties stackProperties) {}

  @Override
  public String getLoggerName() {
    return "org.ss7sim.sip.jain";
  }
}
