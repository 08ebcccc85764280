/** JMH benchmarks of the MAP layer: parameter and TPDU codecs, text packing, Milenage. */
package org.ss7sim.bench.map;
