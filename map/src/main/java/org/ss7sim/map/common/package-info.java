/**
 * MAP common data types (TS 29.002 §17.7.8 Common-DataTypes, §17.7.1 MS-DataTypes excerpts): those
 * MAP alone uses. AddressString and IMSI, which CAP imports too, are in {@link
 * org.ss7sim.wire.gsm}; the BER codec toolkit every MAP parameter codec shares is in {@link
 * org.ss7sim.wire.ber}.
 */
package org.ss7sim.map.common;
