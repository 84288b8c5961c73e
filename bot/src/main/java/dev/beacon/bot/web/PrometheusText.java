package dev.beacon.bot.web;

import java.util.List;
import java.util.Map;

/**
 * Renders metric families in Prometheus's text exposition format, version 0.0.4: a {@code # HELP}
 * and a {@code # TYPE} line per family, then one {@code name{label="value"} value} line per sample.
 */
public final class PrometheusText {

  /** The content type of the format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private PrometheusText() {}

  /** The exposition of {@code families}, in the order given; ends with a newline. */
  public static String render(List<MetricFamily> families) {
    StringBuilder out = new StringBuilder();
    for (MetricFamily f : families) {
      out.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
      out.append("# TYPE ").append(f.name()).append(' ').append(f.type().word()).append('\n');
      for (MetricFamily.Sample s : f.samples()) {
        out.append(s.name());
        if (!s.labels().isEmpty()) {
          out.append('{');
          boolean first = true;
          for (Map.Entry<String, String> label : s.labels().entrySet()) {
            if (!first) {
              out.append(',');
            }
            first = false;
            out.append(label.getKey()).append("=\"").append(escapeLabel(label.getValue()));
            out.append('"');
          }
          out.append('}');
        }
        out.append(' ').append(value(s.value())).append('\n');
      }
    }
    return out.toString();
  }

  /** A label value with backslash, double quote and line feed escaped. */
  static String escapeLabel(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Help text with backslash and line feed escaped (quotes stay as they are). */
  static String escapeHelp(String help) {
    return help.replace("\\", "\\\\").replace("\n", "\\n");
  }

  /** Whole numbers without a decimal point; {@code +Inf}, {@code -Inf} and {@code NaN} as such. */
  static String value(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
