package org.praxis.coproduction.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * Settings of co-production ({@code praxis.coproduction.*}).
 *
 * @param timeZone           where the work happens: dates of work and payment are days in it
 * @param poolConsentMonths  how long consent to stay in the talent pool lasts, from the day it is given or renewed
 * @param poolReminderDays   how many days before consent runs out the person is reminded
 * @param promisedDaysToPay  the days within which a claim is promised to be paid; older unpaid claims are flagged
 * @param maxMediaBytes      the largest audio or video answer accepted
 * @param reviewersPerApplication how many reviewers score each application before it can be decided
 * @param moderationSpread   reviewers' totals further apart than this share of the highest possible total
 *                           (0 to 1) need the team to agree a score
 * @param pulseMinimumAnswers the fewest values-pulse answers a group (an element, a month) needs before its results
 *                           are shown, so that nobody's answer can be picked out
 */
@ConfigurationProperties("praxis.coproduction")
public record CoproductionProperties(@DefaultValue("Europe/London") ZoneId timeZone,
                                     @DefaultValue("12") int poolConsentMonths,
                                     @DefaultValue("30") int poolReminderDays,
                                     @DefaultValue("30") int promisedDaysToPay,
                                     @DefaultValue("52428800") long maxMediaBytes,
                                     @DefaultValue("2") int reviewersPerApplication,
                                     @DefaultValue("0.25") double moderationSpread,
                                     @DefaultValue("5") int pulseMinimumAnswers) {
}
