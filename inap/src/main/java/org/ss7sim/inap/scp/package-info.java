/**
 * The service logic of an SCP: data-driven number translation for toll-free, premium-rate and
 * ported numbers. A {@link org.ss7sim.inap.scp.TranslationTable} maps dialled-number prefixes
 * (longest prefix wins) to a treatment per time-of-day band: route to one of several routing
 * numbers split by weight, release with a cause, or continue; numbers no entry matches are released
 * with a configurable cause. {@link org.ss7sim.inap.scp.NumberTranslation} runs the table as an
 * {@link org.ss7sim.inap.scf.ScfServiceLogic}.
 */
package org.ss7sim.inap.scp;
