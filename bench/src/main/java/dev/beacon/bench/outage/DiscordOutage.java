package dev.beacon.bench.outage;

import dev.beacon.bot.discord.fake.DiscordRequest;
import dev.beacon.bot.discord.fake.FakeDiscord;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Discord outage played on a {@link FakeDiscord}: while it lasts, every REST request is answered
 * with a server error (500, 502, 503 in turn, as Discord's edge sends them), and by default the
 * live gateway connection is closed (4000) when it begins and every websocket upgrade (a new
 * connection or a resume) is answered 502 until it ends, as Discord's edge answers when the gateway
 * is down ({@link Gateway} has the other choices: flapping, or up). It remembers which requests it
 * failed, so what Discord accepted can be told from what it refused.
 *
 * <p>The REST failures use the fake's one-shot {@link FakeDiscord#failNext}, queued in advance. The
 * fake has no switch for refusing upgrades, so its MockWebServer's dispatcher is wrapped (found by
 * reflection, the fake's field {@code server}); nothing of the fake is changed.
 */
final class DiscordOutage implements AutoCloseable {

  private static final int[] CODES = {500, 502, 503};

  private final FakeDiscord discord;
  private final int armed;
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger failed = new AtomicInteger();
  private final Set<DiscordRequest> refused =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final AtomicInteger upgradesRefused = new AtomicInteger();
  private volatile Instant began;
  private volatile Instant ended;

  /** What the gateway does during the outage. */
  enum Gateway {
    /** Closed when the outage begins; every reconnection is refused (HTTP 502) until it ends. */
    DOWN,
    /** Closed when the outage begins and again whenever the bot has resumed: flapping. */
    FLAP,
    /** Untouched: only REST fails. */
    UP
  }

  private final Gateway gateway;
  private final AtomicInteger drops = new AtomicInteger();
  private final Thread flapper;

  private DiscordOutage(FakeDiscord discord, int armed, Gateway gateway) {
    this.discord = discord;
    this.armed = armed;
    this.gateway = gateway;
    this.flapper = new Thread(this::flap, "drill-gateway-flapper");
    this.flapper.setDaemon(true);
  }

  /**
   * Prepares an outage on {@code discord}, able to refuse up to {@code capacity} requests (the
   * fake's scripted failures are one-shot, so they are queued in advance, all waiting on the
   * outage), the gateway doing what {@code gateway} says.
   */
  static DiscordOutage arm(FakeDiscord discord, int capacity, Gateway gateway)
      throws ReflectiveOperationException {
    DiscordOutage outage = new DiscordOutage(discord, capacity, gateway);
    Field field = FakeDiscord.class.getDeclaredField("server");
    field.setAccessible(true);
    MockWebServer server = (MockWebServer) field.get(discord);
    Dispatcher fake = server.getDispatcher();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getUrl().encodedPath();
            if (outage.down.get()
                && outage.gateway == Gateway.DOWN
                && (path.equals("/gateway") || path.equals("/resume"))) {
              outage.upgradesRefused.incrementAndGet();
              return new MockResponse.Builder()
                  .code(502)
                  .addHeader("Content-Type", "text/html")
                  .body("<html><body>502 Bad Gateway</body></html>")
                  .build();
            }
            return fake.dispatch(request);
          }
        });
    for (int i = 0; i < capacity; i++) {
      int code = CODES[i % CODES.length];
      discord.failNext(
          outage::refuses,
          new MockResponse.Builder()
              .code(code)
              .addHeader("Content-Type", "application/json")
              .body("{\"message\":\"" + code + ": Discord is having trouble\",\"code\":0}")
              .build());
    }
    return outage;
  }

  /** Called by the fake for each request, once per queued failure until one says yes. */
  private boolean refuses(DiscordRequest r) {
    if (!down.get()) {
      return false;
    }
    refused.add(r);
    failed.incrementAndGet();
    return true;
  }

  /** Discord goes down: REST fails and the live gateway connection is dropped. */
  void begin() {
    began = Instant.now();
    down.set(true);
    if (gateway != Gateway.UP) {
      drop();
    }
    if (gateway == Gateway.FLAP) {
      flapper.start();
    }
  }

  /** While the outage lasts, drops each connection the bot makes (seen by its RESUME). */
  private void flap() {
    long handled = resumes();
    while (down.get()) {
      long now = resumes();
      if (now > handled) {
        handled = now;
        drop();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long resumes() {
    return discord.gatewayFrames().stream()
        .filter(f -> f.op() == dev.beacon.bot.discord.fake.GatewayFrame.RESUME)
        .count();
  }

  private void drop() {
    try {
      discord.dropGateway(4000);
      drops.incrementAndGet();
    } catch (IllegalStateException e) {
      // no connection right now: nothing to drop
    }
  }

  /** How many times the gateway connection was closed. */
  int drops() {
    return drops.get();
  }

  /** Discord is back. */
  void end() {
    down.set(false);
    ended = Instant.now();
  }

  Instant began() {
    return began;
  }

  Instant ended() {
    return ended;
  }

  /** Whether the outage refused {@code r} (identity: one of the fake's recorded requests). */
  boolean refused(DiscordRequest r) {
    return refused.contains(r);
  }

  /** How many requests were refused. */
  int failedRequests() {
    return failed.get();
  }

  /** Whether every queued failure was used (more requests came than the outage could refuse). */
  boolean exhausted() {
    return failed.get() >= armed;
  }

  /** How many websocket upgrades (connections, resumes) were refused. */
  int upgradesRefused() {
    return upgradesRefused.get();
  }

  @Override
  public void close() {
    down.set(false);
    flapper.interrupt();
  }
}
