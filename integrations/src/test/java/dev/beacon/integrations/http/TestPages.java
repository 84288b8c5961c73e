package dev.beacon.integrations.http;

import dev.beacon.core.incident.Severity;
import dev.beacon.core.paging.PageAction;
import dev.beacon.core.paging.PageLink;
import dev.beacon.core.paging.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Page requests and fixture files for the pager tests. */
public final class TestPages {

  public static final Instant DECIDED = Instant.parse("2026-11-24T09:15:30Z");

  private TestPages() {}

  /** A SEV1 page for INC-7 to alice, with details and two links. */
  public static PageRequest trigger() {
    return new PageRequest(
        PageAction.TRIGGER,
        "beacon-INC-7-1",
        "outbox-42",
        "INC-7",
        Severity.SEV1,
        "Payments failing in eu-west",
        "Checkout error rate 38% since 09:12",
        "alice",
        "alice@example.com",
        Map.of("service", "payments-api", "region", "eu-west"),
        List.of(
            new PageLink("https://beacon.example.com/incidents/7", "Incident"),
            new PageLink("https://runbooks.example.com/payments", "Runbook")),
        DECIDED);
  }

  public static PageRequest withAction(PageRequest r, PageAction action) {
    return new PageRequest(
        action,
        r.dedupKey(),
        r.idempotencyKey(),
        r.subject(),
        r.severity(),
        r.title(),
        r.summary(),
        action == PageAction.TRIGGER ? r.person() : "",
        action == PageAction.TRIGGER ? r.target() : "",
        r.details(),
        r.links(),
        r.at());
  }

  public static PageRequest withSummary(PageRequest r, String summary) {
    return new PageRequest(
        r.action(),
        r.dedupKey(),
        r.idempotencyKey(),
        r.subject(),
        r.severity(),
        r.title(),
        summary,
        r.person(),
        r.target(),
        r.details(),
        r.links(),
        r.at());
  }

  public static PageRequest withDedupKey(PageRequest r, String dedupKey) {
    return new PageRequest(
        r.action(),
        dedupKey,
        r.idempotencyKey(),
        r.subject(),
        r.severity(),
        r.title(),
        r.summary(),
        r.person(),
        r.target(),
        r.details(),
        r.links(),
        r.at());
  }

  public static PageRequest withSeverity(PageRequest r, Severity severity) {
    return new PageRequest(
        r.action(),
        r.dedupKey(),
        r.idempotencyKey(),
        r.subject(),
        severity,
        r.title(),
        r.summary(),
        r.person(),
        r.target(),
        r.details(),
        r.links(),
        r.at());
  }

  public static PageRequest withTarget(PageRequest r, String target) {
    return new PageRequest(
        r.action(),
        r.dedupKey(),
        r.idempotencyKey(),
        r.subject(),
        r.severity(),
        r.title(),
        r.summary(),
        r.person(),
        target,
        r.details(),
        r.links(),
        r.at());
  }

  /** A classpath resource's bytes, e.g. {@code /pagerduty/incident-acknowledged.json}. */
  public static byte[] fixture(String path) {
    try (InputStream in = TestPages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
