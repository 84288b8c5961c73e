package dev.beacon.bot.web.console;

import static dev.beacon.bot.web.pages.Html.escape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.beacon.commands.Button;
import dev.beacon.core.catalog.Catalog;
import dev.beacon.core.catalog.Person;
import dev.beacon.core.review.TimeFormat;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /console?as=alice&channel=%23inc-1}: the web console. Server-rendered (every string
 * escaped here) with one small inline script (allowed by a per-response nonce) that posts commands,
 * renders replies and their buttons, and appends streamed messages, always through {@code
 * textContent}. Element ids for driving it: {@code #person}, {@code #channels}, {@code #messages},
 * {@code #command} (in {@code #command-form}), {@code #reply}; buttons carry {@code data-command}.
 */
final class ConsolePage implements HttpHandler {

  static final String PATH = "/console";

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:0;color:#222;display:flex;height:100vh}"
          + "nav{width:16rem;flex:none;box-sizing:border-box;border-right:1px solid #ccc;"
          + "padding:1rem;overflow-y:auto;overflow-x:hidden}#person{width:100%;max-width:100%}"
          + "main{flex:1;display:flex;flex-direction:column;padding:1rem;min-width:0}"
          + "#channels{list-style:none;padding:0}#channels li{margin:.15rem 0}"
          + "#channels a.current{font-weight:bold}#messages{flex:1;overflow:auto;"
          + "border:1px solid #ddd;padding:.5rem;margin:.5rem 0}"
          + ".msg{margin:.35rem 0;white-space:pre-wrap}.who{font-weight:bold;margin-right:.5rem}"
          + ".time{color:#777;font-size:.85em;margin-right:.5rem}"
          + "#command{width:70%}#reply{white-space:pre-wrap;border-left:3px solid #999;"
          + "padding-left:.5rem}#reply.error{border-color:#c00;color:#900}"
          + "button[data-command]{margin:.2rem .3rem 0 0}"
          + ".unread{font-weight:bold}.unread::after{content:' \\25cf';color:#c00}";

  private final Catalog catalog;
  private final ChatLog log;

  ConsolePage(Catalog catalog, ChatLog log) {
    this.catalog = catalog;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(PATH)) {
      ConsoleResponse.text(exchange, 404, "Not found. The console is at " + PATH + ".");
      return;
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      ConsoleResponse.text(exchange, 405, "Use GET.");
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    Person person =
        catalog.person(query.getOrDefault("as", "")).orElseGet(() -> catalog.people().get(0));
    String channel = query.getOrDefault("channel", "");
    if (!log.channels().contains(channel)) {
      channel = ChatLog.STAKEHOLDERS;
    }
    String nonce = nonce();
    exchange
        .getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-"
                + nonce
                + "'; connect-src 'self'; form-action 'self'; base-uri 'none';"
                + " frame-ancestors 'none'");
    ConsoleResponse.send(
        exchange,
        200,
        "text/html; charset=utf-8",
        render(person, channel, nonce).getBytes(StandardCharsets.UTF_8));
  }

  String render(Person person, String channel, String nonce) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Console - Beacon</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<nav>\n<label for=\"person\">You are</label>\n")
        .append("<select id=\"person\" name=\"as\">");
    for (Person p : catalog.people()) {
      b.append("<option value=\"")
          .append(escape(p.id()))
          .append('"')
          .append(p.id().equals(person.id()) ? " selected" : "")
          .append('>')
          .append(escape(p.id() + " (" + p.name() + ", " + siteName(p.site()) + ")"))
          .append("</option>");
    }
    ChatLog.View view = log.view(channel);
    b.append("</select>\n<h2>Channels</h2>\n<ul id=\"channels\">");
    for (String c : view.channels()) {
      b.append(channelItem(person, c, c.equals(channel)));
    }
    b.append("</ul>\n<p><a href=\"/review/incidents\">Review pages</a></p>\n</nav>\n<main>\n")
        .append("<h1 id=\"channel\" data-after=\"")
        .append(view.seq())
        .append("\" data-channel=\"")
        .append(escape(channel))
        .append("\">")
        .append(escape(channel))
        .append("</h1>\n<div id=\"messages\">");
    for (ChatMessage m : view.messages()) {
      b.append(message(m, pagerOwner(channel)));
    }
    b.append("</div>\n<form id=\"command-form\" method=\"post\" action=\"/console/command\">")
        .append("<input type=\"hidden\" name=\"person\" value=\"")
        .append(escape(person.id()))
        .append("\"><input type=\"hidden\" name=\"channel\" value=\"")
        .append(escape(channel))
        .append("\"><input id=\"command\" name=\"line\" autocomplete=\"off\" autofocus")
        .append(" placeholder=\"/incident declare title:&quot;Payments API 5xx&quot;")
        .append(" severity:SEV2 service:payments-api\"> <button type=\"submit\">Send</button>")
        .append("</form>\n<div id=\"reply\" aria-live=\"polite\"></div>\n</main>\n<script nonce=\"")
        .append(nonce)
        .append("\">")
        .append(SCRIPT)
        .append("</script>\n</body></html>\n");
    return b.toString();
  }

  private static String channelItem(Person person, String channel, boolean current) {
    return "<li><a href=\""
        + escape(
            PATH
                + "?as="
                + URLEncoder.encode(person.id(), StandardCharsets.UTF_8)
                + "&channel="
                + URLEncoder.encode(channel, StandardCharsets.UTF_8))
        + "\" data-channel=\""
        + escape(channel)
        + "\""
        + (current ? " class=\"current\"" : "")
        + ">"
        + escape(channel)
        + "</a></li>";
  }

  private String siteName(String site) {
    return catalog.site(site).map(dev.beacon.core.catalog.Site::name).orElse(site);
  }

  /** The person whose pager inbox {@code channel} is ({@code @priya/pager}), else empty. */
  static String pagerOwner(String channel) {
    return channel.startsWith("@") && channel.endsWith("/pager")
        ? channel.substring(1, channel.length() - "/pager".length())
        : "";
  }

  /**
   * A message; the buttons of a page in someone's pager inbox act as that person (they would press
   * them on their own phone), the others as the person at the console.
   */
  private static String message(ChatMessage m, String actAs) {
    StringBuilder b = new StringBuilder("<div class=\"msg\"><span class=\"time\">");
    b.append(escape(TimeFormat.utc(m.time())))
        .append("</span><span class=\"who\">")
        .append(escape(m.who()))
        .append("</span><span class=\"text\">")
        .append(escape(m.text()))
        .append("</span>");
    if (!m.buttons().isEmpty()) {
      b.append("<div class=\"buttons\">");
      for (Button button : m.buttons()) {
        b.append(button(button, actAs));
      }
      b.append("</div>");
    }
    return b.append("</div>").toString();
  }

  private static String button(Button button, String actAs) {
    return "<button type=\"button\" data-command=\""
        + escape(button.command())
        + (actAs.isEmpty() ? "" : "\" data-as=\"" + escape(actAs))
        + "\">"
        + escape(button.label())
        + "</button>";
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new HashMap<>();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        q.putIfAbsent(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static String nonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * The page's behaviour: everything it shows from the server goes through textContent, never
   * innerHTML, so a hostile message stays text.
   */
  private static final String SCRIPT =
      """
      (function () {
        var person = document.getElementById('person');
        var channel = document.getElementById('channel').dataset.channel;
        var messages = document.getElementById('messages');
        var list = document.getElementById('channels');
        var form = document.getElementById('command-form');
        var input = document.getElementById('command');
        var reply = document.getElementById('reply');
        function el(tag, cls, text) {
          var e = document.createElement(tag);
          if (cls) { e.className = cls; }
          if (text !== undefined) { e.textContent = text; }
          return e;
        }
        function buttons(target, list, as) {
          if (!list || !list.length) { return; }
          var row = el('div', 'buttons');
          list.forEach(function (b) {
            var button = el('button', null, b.label);
            button.type = 'button';
            button.dataset.command = b.command;
            if (as) { button.dataset.as = as; }
            row.appendChild(button);
          });
          target.appendChild(row);
        }
        function href(c) {
          return '/console?as=' + encodeURIComponent(person.value) +
              '&channel=' + encodeURIComponent(c);
        }
        function send(line, as) {
          var body = JSON.stringify({person: as || person.value, channel: channel, line: line});
          fetch('/console/command', {method: 'POST', body: body,
              headers: {'Content-Type': 'application/json'}})
            .then(function (r) { return r.json(); })
            .then(show, function (e) { show({error: true, text: String(e)}); });
        }
        function show(r) {
          reply.textContent = '';
          reply.className = r.error ? 'error' : '';
          if (r.title) { reply.appendChild(el('div', 'title', r.title)); }
          if (r.text) { reply.appendChild(el('div', 'text', r.text)); }
          (r.fields || []).forEach(function (f) {
            reply.appendChild(el('div', 'field', f.name + ': ' + f.value));
          });
          buttons(reply, r.buttons);
        }
        form.addEventListener('submit', function (e) {
          e.preventDefault();
          var line = input.value.trim();
          if (line) { send(line); input.value = ''; }
        });
        document.addEventListener('click', function (e) {
          var t = e.target;
          if (t instanceof HTMLButtonElement && t.dataset.command) {
            send(t.dataset.command, t.dataset.as);
          }
        });
        person.addEventListener('change', function () { location.href = href(channel); });
        var known = {};
        list.querySelectorAll('a[data-channel]').forEach(function (a) {
          known[a.dataset.channel] = a;
          a.href = href(a.dataset.channel);
        });
        // Replays what was posted after this page was rendered, before the stream connected.
        var after = document.getElementById('channel').dataset.after;
        var events = new EventSource('/console/events?after=' + encodeURIComponent(after));
        events.addEventListener('message', function (e) {
          var m = JSON.parse(e.data);
          if (!known[m.channel]) {
            var a = el('a', null, m.channel);
            a.dataset.channel = m.channel;
            a.href = href(m.channel);
            var li = el('li');
            li.appendChild(a);
            list.appendChild(li);
            known[m.channel] = a;
          }
          if (m.channel !== channel) {
            known[m.channel].classList.add('unread');
            return;
          }
          var div = el('div', 'msg');
          div.appendChild(el('span', 'time', m.time.replace('T', ' ').replace(/\\.\\d+/, '')
              .replace(/Z$/, ' UTC')));
          div.appendChild(el('span', 'who', m.who));
          div.appendChild(el('span', 'text', m.text));
          var pager = /^@(.+)\\/pager$/.exec(m.channel);
          buttons(div, m.buttons, pager ? pager[1] : '');
          messages.appendChild(div);
          messages.scrollTop = messages.scrollHeight;
        });
      })();
      """;
}
