/**
 * MAP common data types (TS 29.002 §17.7.8 Common-DataTypes, §17.7.1 MS-DataTypes excerpts) and the
 * BER plumbing every MAP parameter codec shares: {@link org.ss7sim.map.common.BerCodec}, unmodelled
 * elements kept in wire order ({@link org.ss7sim.map.common.RawElement}, {@link
 * org.ss7sim.map.common.SequenceOut}).
 */
package org.ss7sim.map.common;
