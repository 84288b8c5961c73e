/**
 * Escalation: policies and their levels, hyper-care windows, the timer state of an incident and the
 * pure {@link dev.beacon.core.escalation.EscalationEngine} that decides pages, reminders and
 * re-pages from it. JDK only; Quartz, in the deployable, only wakes it up.
 */
package dev.beacon.core.escalation;
