/** JMH benchmarks of the INAP codec, the SCP's translation table and a whole IN query over TCAP. */
package org.ss7sim.bench.inap;
