package dev.beacon.bot.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.beacon.bot.web.pages.SvgChart.Point;
import dev.beacon.bot.web.pages.SvgChart.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Server-rendered SVG charts")
class SvgChartTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String name) {
    NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<String> texts(Document doc, String cssClass) {
    return elements(doc, "text").stream()
        .filter(e -> e.getAttribute("class").equals(cssClass))
        .map(Element::getTextContent)
        .toList();
  }

  @Test
  @DisplayName("a bar chart is well-formed SVG whose bar heights are proportional to the values")
  void barsProportional() throws Exception {
    String svg =
        SvgChart.bars(
            "Incidents per week",
            List.of(new Point("W45", 1), new Point("W46", 4), new Point("W47", 2)),
            v -> String.valueOf((int) v));

    Document doc = parse(svg);
    List<Element> bars = elements(doc, "rect");
    double[] heights =
        bars.stream().mapToDouble(b -> Double.parseDouble(b.getAttribute("height"))).toArray();

    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(bars).hasSize(3);
    assertThat(heights[1]).isCloseTo(SvgChart.PLOT_HEIGHT, within(0.01));
    assertThat(heights[0] / heights[1]).isCloseTo(0.25, within(0.001));
    assertThat(heights[2] / heights[1]).isCloseTo(0.5, within(0.001));
    assertThat(bars.stream().map(Element::getTextContent))
        .containsExactly("W45: 1", "W46: 4", "W47: 2");
    assertThat(texts(doc, "heading")).containsExactly("Incidents per week");
    assertThat(texts(doc, "category")).containsExactly("W45", "W46", "W47");
    assertThat(texts(doc, "value-axis")).containsExactly("0", "4");
  }

  @Test
  @DisplayName("bars all at zero are drawn flat, not divided by zero")
  void allZero() throws Exception {
    Document doc =
        parse(SvgChart.bars("Drills", List.of(new Point("W1", 0), new Point("W2", 0)), v -> ""));

    assertThat(elements(doc, "rect"))
        .extracting(e -> e.getAttribute("height"))
        .containsExactly("0.00", "0.00");
  }

  @Test
  @DisplayName("empty data renders a chart that says no data")
  void noData() throws Exception {
    Document bars = parse(SvgChart.bars("Recurrence by service", List.of(), v -> ""));
    Document lines =
        parse(
            SvgChart.lines(
                "Time to acknowledge",
                List.of("W1", "W2"),
                List.of(
                    new Series("median", List.of(OptionalDouble.empty(), OptionalDouble.empty()))),
                v -> ""));

    assertThat(texts(bars, "empty")).containsExactly("no data");
    assertThat(texts(bars, "heading")).containsExactly("Recurrence by service");
    assertThat(elements(bars, "rect")).isEmpty();
    assertThat(texts(lines, "empty")).containsExactly("no data");
  }

  @Test
  @DisplayName("labels and titles are escaped, so markup in a service name stays text")
  void escapesLabels() throws Exception {
    String svg =
        SvgChart.bars(
            "Recurrence <by> \"service\" & more",
            List.of(new Point("<script>alert('x')</script>", 1)),
            v -> "1");

    Document doc = parse(svg);

    assertThat(svg).doesNotContain("<script>");
    assertThat(texts(doc, "category")).containsExactly("<script>alert('x')</script>");
    assertThat(texts(doc, "heading")).containsExactly("Recurrence <by> \"service\" & more");
    assertThat(elements(doc, "script")).isEmpty();
  }

  @Test
  @DisplayName("a line chart has a point with its value on hover per present value; gaps break it")
  void lines() throws Exception {
    String svg =
        SvgChart.lines(
            "Time to acknowledge per week",
            List.of("W45", "W46", "W47"),
            List.of(
                new Series(
                    "median",
                    List.of(OptionalDouble.of(2), OptionalDouble.empty(), OptionalDouble.of(4))),
                new Series(
                    "p90",
                    List.of(OptionalDouble.of(3), OptionalDouble.of(5), OptionalDouble.of(10)))),
            v -> (int) v + "m");

    Document doc = parse(svg);
    List<Element> points = elements(doc, "circle");
    List<Element> paths = elements(doc, "path");

    assertThat(points)
        .extracting(Element::getTextContent)
        .containsExactly(
            "median, W45: 2m", "median, W47: 4m", "p90, W45: 3m", "p90, W46: 5m", "p90, W47: 10m");
    assertThat(paths.get(0).getAttribute("d")).startsWith("M").contains(" M").doesNotContain("L");
    assertThat(paths.get(1).getAttribute("d")).contains(" L");
    double top = Double.parseDouble(points.get(4).getAttribute("cy"));
    assertThat(top).isCloseTo(SvgChart.TOP, within(0.01));
    assertThat(texts(doc, "legend")).containsExactly("median", "p90");
  }
}
