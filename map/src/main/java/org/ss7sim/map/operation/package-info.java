/**
 * MAP operations and application contexts (TS 29.002 §17.2 application contexts, §17.5/§17.6
 * operation and error definitions): the operation descriptors the service layer works from.
 */
package org.ss7sim.map.operation;
