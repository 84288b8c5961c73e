package dev.beacon.bench.alerts;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alertmanager webhook bodies (payload version 4) carrying one firing alert each, numbered so that
 * the page it causes can be matched to it: the alert's summary, which becomes the incident's title
 * and so the page's {@code custom_details.title}, ends in {@code #<n>}.
 */
final class AlertPayloads {

  /** The service label: the test configuration's only service, owned by the paged team. */
  static final String SERVICE = "payments-api";

  private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

  private AlertPayloads() {}

  /** Alert number {@code n}, its own group {@code group}, a fingerprint of its own. */
  static String firing(int n, String group) {
    String fingerprint = String.format(Locale.ROOT, "fp%08d", n);
    return """
        {"receiver":"beacon","status":"firing","version":"4",\
        "groupKey":"{}:{alertname=\\"BenchAlert\\", group=\\"%s\\"}","truncatedAlerts":0,\
        "externalURL":"http://alertmanager.example:9093",\
        "groupLabels":{"alertname":"BenchAlert","group":"%s"},\
        "commonLabels":{"alertname":"BenchAlert","service":"%s","severity":"critical"},\
        "commonAnnotations":{},\
        "alerts":[{"status":"firing","fingerprint":"%s",\
        "labels":{"alertname":"BenchAlert","group":"%s","service":"%s","severity":"critical"},\
        "annotations":{"summary":"Bench alert #%d"},\
        "startsAt":"2026-11-24T09:55:00.123456789Z","endsAt":"0001-01-01T00:00:00Z",\
        "generatorURL":"http://prometheus.example:9090/graph"}]}"""
        .formatted(group, group, SERVICE, fingerprint, group, SERVICE, n);
  }

  /** The alert number in a title or summary made from {@link #firing}, if there is one. */
  static OptionalInt numberIn(String text) {
    Matcher m = NUMBER.matcher(text == null ? "" : text);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }
}
