package org.praxis.coproduction.ui;

import com.vaadin.flow.component.Html;
import org.praxis.coproduction.internal.CoreValue;
import org.praxis.coproduction.internal.PulseViews.PulsePoint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A line chart of the four values' averages (1 to 5) across points (elements or months), drawn on the server as
 * SVG: no script, nothing to download. Each value has its own line pattern and marker shape as well as colour, so
 * colour is never the only way to tell them apart; hidden points (too few answers) leave a gap. The chart is an
 * image with a title; the table beside it carries the same figures for screen readers and keyboard users.
 */
final class ValuesChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 150;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final String[] COLOURS = {"#1d70b8", "#00703c", "#6f3c97", "#b54500"};
    private static final String[] DASHES = {"", "6 3", "2 3", "10 3 2 3"};

    private ValuesChart() {
    }

    /** @param label the translated name of each value, for the legend; @param title the chart's accessible name */
    static Html of(List<PulsePoint> points, Function<CoreValue, String> label, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"praxis-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" style=\"max-width:").append(WIDTH)
                .append("px\"><title>").append(escape(title)).append("</title>");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int score = 1; score <= 5; score++) {
            double y = y(score, plotHeight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\"/>",
                    LEFT, LEFT + plotWidth, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%d</text>",
                    LEFT - 6, y + 4, score));
        }
        double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + (points.size() > 1 ? i * step : plotWidth / 2.0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                    x, HEIGHT - BOTTOM + 16, escape(shorten(points.get(i).label()))));
        }
        CoreValue[] values = CoreValue.values();
        for (int v = 0; v < values.length; v++) {
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < points.size(); i++) {
                BigDecimal average = points.get(i).averages().get(values[v]);
                if (average == null) {
                    pen = false;
                    continue;
                }
                double x = LEFT + (points.size() > 1 ? i * step : plotWidth / 2.0);
                double y = y(average.doubleValue(), plotHeight);
                path.append(String.format(Locale.ROOT, "%s%.1f %.1f ", pen ? "L" : "M", x, y));
                pen = true;
                svg.append(marker(v, x, y));
            }
            if (!path.isEmpty()) {
                svg.append("<path fill=\"none\" stroke-width=\"2\" stroke=\"").append(COLOURS[v])
                        .append("\" stroke-dasharray=\"").append(DASHES[v]).append("\" d=\"")
                        .append(path.toString().strip()).append("\"/>");
            }
            double legendY = TOP + 12 + v * 22;
            int legendX = WIDTH - RIGHT + 16;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\"/>",
                    legendX, legendX + 28, legendY, legendY, COLOURS[v], DASHES[v]));
            svg.append(marker(v, legendX + 14, legendY));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"12\">%s</text>",
                    legendX + 34, legendY + 4, escape(label.apply(values[v]))));
        }
        return new Html(svg.append("</svg></div>").toString());
    }

    /** Circle, square, triangle, diamond: one shape for each value. */
    private static String marker(int value, double x, double y) {
        String colour = COLOURS[value];
        return switch (value) {
            case 0 -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, colour);
            case 1 -> String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>",
                    x - 4, y - 4, colour);
            case 2 -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                    x, y - 5, x - 5, y + 4, x + 5, y + 4, colour);
            default -> String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
                    x, y - 5, x + 5, y, x, y + 5, x - 5, y, colour);
        };
    }

    private static double y(double score, int plotHeight) {
        return TOP + plotHeight - (score - 1) / 4 * plotHeight;
    }

    private static String shorten(String label) {
        return label.length() <= 16 ? label : label.substring(0, 15) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
