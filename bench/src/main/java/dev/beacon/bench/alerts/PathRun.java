package dev.beacon.bench.alerts;

import dev.beacon.bench.Samples;
import java.util.Locale;
import java.util.Map;

/**
 * One measured run of the alert path at one rate, through Beacon or the relay: what was sent and
 * answered, and for each alert whose page reached the mock, the time from the request being due to
 * the page arriving; also the part after the webhook's answer.
 *
 * @param receiver "Beacon" or "floor"
 * @param perSecond the rate asked for
 * @param sent how many alerts were sent
 * @param accepted how many got a 2xx
 * @param refusals the rest, by status or failure
 * @param acceptedPerSecond 2xx answers per second, first due to last answer
 * @param accept due to 2xx answer
 * @param paged how many alerts' pages reached the mock within the wait
 * @param pagedPerSecond pages per second, from the first request due to the last page
 * @param alertToPage due to page arrival
 * @param answerToPage 2xx answer to page arrival (negative when the page came first: clamped to 0)
 * @param maxSendLag the most a request went out late (the sender's own delay)
 * @param notIncident accepted alerts whose answer did not say {@code "outcome":"incident"}
 */
record PathRun(
    String receiver,
    int perSecond,
    int sent,
    int accepted,
    Map<String, Integer> refusals,
    double acceptedPerSecond,
    Samples accept,
    int paged,
    double pagedPerSecond,
    Samples alertToPage,
    Samples answerToPage,
    long maxSendLag,
    int notIncident) {

  /** Measures a finished run from the sender's results and the mock's arrivals. */
  static PathRun of(String receiver, int perSecond, SendResults sent, PagerDutyMock mock) {
    Samples toPage = new Samples();
    Samples afterAnswer = new Samples();
    int paged = 0;
    long lastPage = sent.firstDue();
    for (int i = 0; i < sent.size(); i++) {
      Long at = mock.arrivalOf(i);
      if (at == null) {
        continue;
      }
      paged++;
      lastPage = Math.max(lastPage, at);
      toPage.add(at - sent.due(i));
      if (sent.accepted(i)) {
        afterAnswer.add(Math.max(0, at - sent.answered(i)));
      }
    }
    long span = lastPage - sent.firstDue();
    return new PathRun(
        receiver,
        perSecond,
        sent.size(),
        sent.acceptedCount(),
        sent.refusals(),
        sent.acceptedPerSecond(),
        sent.acceptLatencies(),
        paged,
        span <= 0 ? 0 : paged / (span / 1e9),
        toPage,
        afterAnswer,
        sent.maxSendLag(),
        sent.acceptedWithout("\"outcome\":\"incident\""));
  }

  /** Whether every alert was accepted and paged. */
  boolean complete() {
    return accepted == sent && paged == sent;
  }

  /** {@code accepted 500/500 (49.9/s), paged 500 (49.8/s)}, with refusals when any. */
  String throughput() {
    return String.format(
            Locale.ROOT,
            "accepted %d/%d (%.1f/s), paged %d (%.1f/s)",
            accepted,
            sent,
            acceptedPerSecond,
            paged,
            pagedPerSecond)
        + (refusals.isEmpty() ? "" : "; not accepted: " + refusals);
  }
}
