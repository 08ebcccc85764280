/**
 * The common data types of MAP that CAP imports too (TS 29.002 §17.7.8 MAP-CommonDataTypes, used by
 * TS 29.078 §5.1): {@link org.ss7sim.wire.gsm.AddressString} (also ISDN-AddressString) and {@link
 * org.ss7sim.wire.gsm.Imsi}, each with its BER codec. They live below both protocol modules because
 * siblings do not import each other.
 */
package org.ss7sim.wire.gsm;
