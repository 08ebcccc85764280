/**
 * TCAP benchmarks: codec round trips of a Begin carrying a MAP MT-ForwardSM invoke and of an End
 * with a ReturnResultLast ({@link org.ss7sim.bench.tcap.TcapCodecBenchmark}), and the heap an open
 * dialogue with one pending invoke costs ({@link org.ss7sim.bench.tcap.DialogueHeapMain}).
 */
package org.ss7sim.bench.tcap;
