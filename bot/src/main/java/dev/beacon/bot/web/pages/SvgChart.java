package dev.beacon.bot.web.pages;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * Small charts as inline SVG, rendered on the server: a bar chart and a line chart from labelled
 * values, each with a title, a value axis (zero and the largest value) and category labels, and a
 * {@code <title>} on every bar and point so a browser shows the exact value on hover. Values are
 * never negative here (counts, durations, rates); with no values at all the chart says "no data".
 * Every text is XML-escaped, so the result is well-formed XML to embed in an HTML page.
 */
public final class SvgChart {

  /** One labelled value, e.g. {@code 2026-W47} and 3 incidents. */
  public record Point(String label, double value) {}

  /**
   * One line of a line chart: a value per category, empty where there is none (the line breaks).
   */
  public record Series(String name, List<OptionalDouble> values) {

    /** Copies the values. */
    public Series {
      values = List.copyOf(values);
    }
  }

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  static final int LEFT = 56;
  static final int RIGHT = 12;
  static final int TOP = 32;
  static final int BOTTOM = 40;
  static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
  private static final String[] COLOURS = {"#3060a0", "#c05020", "#308040", "#806020"};

  private SvgChart() {}

  /**
   * A bar chart of {@code points}, bar heights proportional to the values.
   *
   * @param format writes a value for the axis and the hover text, e.g. {@code 4m} or {@code 25%}
   */
  public static String bars(String title, List<Point> points, DoubleFunction<String> format) {
    if (points.isEmpty()) {
      return noData(title);
    }
    double max = points.stream().mapToDouble(Point::value).max().orElse(0);
    StringBuilder svg = open(title, max, format);
    double slot = (double) (WIDTH - LEFT - RIGHT) / points.size();
    double barWidth = Math.max(1, slot * 0.7);
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      double h = height(p.value(), max);
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      svg.append("<rect class=\"bar\" x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(TOP + PLOT_HEIGHT - h))
          .append("\" width=\"")
          .append(num(barWidth))
          .append("\" height=\"")
          .append(num(h))
          .append("\" fill=\"")
          .append(COLOURS[0])
          .append("\"><title>")
          .append(escape(p.label() + ": " + format.apply(p.value())))
          .append("</title></rect>");
      category(svg, LEFT + i * slot + slot / 2, p.label());
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A line chart over {@code labels} (the categories, e.g. weeks), one line per series.
   *
   * @param format writes a value for the axis and the hover text
   */
  public static String lines(
      String title, List<String> labels, List<Series> series, DoubleFunction<String> format) {
    double max =
        series.stream()
            .flatMap(s -> s.values().stream())
            .filter(OptionalDouble::isPresent)
            .mapToDouble(OptionalDouble::getAsDouble)
            .max()
            .orElse(Double.NaN);
    if (labels.isEmpty() || Double.isNaN(max)) {
      return noData(title);
    }
    StringBuilder svg = open(title, max, format);
    double slot = (double) (WIDTH - LEFT - RIGHT) / labels.size();
    for (int i = 0; i < labels.size(); i++) {
      category(svg, LEFT + i * slot + slot / 2, labels.get(i));
    }
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      String colour = COLOURS[s % COLOURS.length];
      StringBuilder path = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < labels.size() && i < line.values().size(); i++) {
        OptionalDouble v = line.values().get(i);
        if (v.isEmpty()) {
          pen = false;
          continue;
        }
        double x = LEFT + i * slot + slot / 2;
        double y = TOP + PLOT_HEIGHT - height(v.getAsDouble(), max);
        path.append(pen ? " L" : " M").append(num(x)).append(' ').append(num(y));
        pen = true;
        dots.append("<circle class=\"point\" cx=\"")
            .append(num(x))
            .append("\" cy=\"")
            .append(num(y))
            .append("\" r=\"3\" fill=\"")
            .append(colour)
            .append("\"><title>")
            .append(
                escape(line.name() + ", " + labels.get(i) + ": " + format.apply(v.getAsDouble())))
            .append("</title></circle>");
      }
      svg.append("<path class=\"line\" fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\" d=\"")
          .append(path.toString().strip())
          .append("\"/>")
          .append(dots);
      svg.append("<text class=\"legend\" x=\"")
          .append(num(WIDTH - RIGHT - 120.0 * (series.size() - s)))
          .append("\" y=\"")
          .append(TOP - 8)
          .append("\" font-size=\"11\" fill=\"")
          .append(colour)
          .append("\">")
          .append(escape(line.name()))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** A chart frame with only its title and the words "no data". */
  static String noData(String title) {
    StringBuilder svg = frame(title);
    svg.append("<text class=\"empty\" x=\"")
        .append(WIDTH / 2)
        .append("\" y=\"")
        .append(TOP + PLOT_HEIGHT / 2)
        .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#777\">no data</text>");
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, double max, DoubleFunction<String> format) {
    StringBuilder svg = frame(title);
    int axisY = TOP + PLOT_HEIGHT;
    svg.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#444\"/>")
        .append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(axisY)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y2=\"")
        .append(axisY)
        .append("\" stroke=\"#444\"/>");
    valueLabel(svg, axisY, format.apply(0));
    if (max > 0) {
      valueLabel(svg, TOP, format.apply(max));
    }
    return svg;
  }

  private static StringBuilder frame(String title) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(title))
        .append("\"><title>")
        .append(escape(title))
        .append("</title><text class=\"heading\" x=\"")
        .append(LEFT)
        .append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">")
        .append(escape(title))
        .append("</text>");
  }

  private static void valueLabel(StringBuilder svg, int y, String text) {
    svg.append("<text class=\"value-axis\" x=\"")
        .append(LEFT - 4)
        .append("\" y=\"")
        .append(y + 4)
        .append("\" text-anchor=\"end\" font-size=\"10\">")
        .append(escape(text))
        .append("</text>");
  }

  private static void category(StringBuilder svg, double x, String label) {
    svg.append("<text class=\"category\" x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(TOP + PLOT_HEIGHT + 14)
        .append("\" text-anchor=\"middle\" font-size=\"10\">")
        .append(escape(label))
        .append("</text>");
  }

  /** The bar height of {@code value} when {@code max} fills the plot; zero when all are zero. */
  private static double height(double value, double max) {
    return max <= 0 ? 0 : Math.max(0, value) / max * PLOT_HEIGHT;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Escapes text for XML content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters are not allowed in XML 1.0; drop them rather than break the page.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
