package org.praxis.reciprocation.ui;

import org.praxis.reciprocation.internal.LedgerViews.Exchange;
import org.praxis.reciprocation.internal.LedgerViews.ExchangeKind;
import org.praxis.reciprocation.internal.LedgerViews.Node;
import org.praxis.reciprocation.internal.LedgerViews.NodeKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws who helped whom as an SVG picture, on the server (no JavaScript charting). The programme team
 * sits on the left, the whole community on the right, institutions on a circle between them; arrows
 * show what flowed, thicker for more hours. Kinds differ by line pattern as well as colour, and each
 * arrow is labelled, so nothing depends on colour alone.
 */
final class ExchangeNetworkSvg {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    private ExchangeNetworkSvg() {
    }

    static String render(List<Exchange> exchanges, Function<Node, String> names, Function<ExchangeKind, String> kinds,
                         String title) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Exchange exchange : exchanges) {
            nodes.putIfAbsent(exchange.from().key(), exchange.from());
            nodes.putIfAbsent(exchange.to().key(), exchange.to());
        }
        List<Node> institutions = nodes.values().stream().filter(n -> n.kind() == NodeKind.INSTITUTION).toList();
        Map<String, double[]> at = new LinkedHashMap<>();
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        double radius = Math.min(WIDTH * 0.28, HEIGHT * 0.38);
        if (institutions.size() == 1) {
            at.put(institutions.getFirst().key(), new double[]{cx, cy});
        }
        for (int i = 0; institutions.size() > 1 && i < institutions.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / institutions.size();
            at.put(institutions.get(i).key(), new double[]{cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        at.put("programme", new double[]{90, cy});
        at.put("community", new double[]{WIDTH - 90, cy});

        int maxHours = Math.max(1, exchanges.stream().mapToInt(Exchange::hours).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<defs>");
        for (ExchangeKind kind : ExchangeKind.values()) {
            svg.append("<marker id=\"arrow-").append(kind.name().toLowerCase(Locale.ROOT))
                    .append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"14\" markerHeight=\"14\" orient=\"auto-start-reverse\">")
                    .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"").append(colour(kind)).append("\"/></marker>");
        }
        svg.append("</defs>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");

        List<String> labels = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            double[] from = at.get(exchange.from().key());
            double[] to = at.get(exchange.to().key());
            if (from == null || to == null) {
                continue;
            }
            double dx = to[0] - from[0];
            double dy = to[1] - from[1];
            double length = Math.max(1, Math.hypot(dx, dy));
            double nodeRadius = 34;
            double x1 = from[0] + dx / length * nodeRadius;
            double y1 = from[1] + dy / length * nodeRadius;
            double x2 = to[0] - dx / length * (nodeRadius + 4);
            double y2 = to[1] - dy / length * (nodeRadius + 4);
            double width = 1.5 + 6.5 * exchange.hours() / maxHours;
            svg.append("<line x1=\"").append(round(x1)).append("\" y1=\"").append(round(y1))
                    .append("\" x2=\"").append(round(x2)).append("\" y2=\"").append(round(y2))
                    .append("\" stroke=\"").append(colour(exchange.kind())).append("\" stroke-width=\"").append(round(width))
                    .append('"').append(dash(exchange.kind()))
                    .append(" marker-end=\"url(#arrow-").append(exchange.kind().name().toLowerCase(Locale.ROOT)).append(")\">")
                    .append("<title>").append(escape(names.apply(exchange.from()) + " → " + names.apply(exchange.to())
                            + ": " + kinds.apply(exchange.kind()) + " (" + exchange.items() + ", " + exchange.hours() + " h)"))
                    .append("</title></line>");
            double mx = (x1 + x2) / 2;
            double my = (y1 + y2) / 2 - 6;
            labels.add("<text x=\"" + round(mx) + "\" y=\"" + round(my) + "\" text-anchor=\"middle\" fill=\"#1a1a1a\""
                    + " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\">" + exchange.hours() + " h</text>");
        }
        labels.forEach(svg::append);

        for (Node node : nodes.values()) {
            double[] p = at.get(node.key());
            if (p == null) {
                continue;
            }
            String fill = switch (node.kind()) {
                case PROGRAMME -> "#1f5fa8";
                case COMMUNITY -> "#2e7d32";
                case INSTITUTION -> "#5f4b8b";
            };
            svg.append("<circle cx=\"").append(round(p[0])).append("\" cy=\"").append(round(p[1]))
                    .append("\" r=\"32\" fill=\"").append(fill).append("\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>");
            String name = names.apply(node);
            svg.append("<text x=\"").append(round(p[0])).append("\" y=\"").append(round(p[1] + 50))
                    .append("\" text-anchor=\"middle\" fill=\"#1a1a1a\" font-weight=\"bold\">")
                    .append(escape(name.length() > 32 ? name.substring(0, 31) + "…" : name)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String colour(ExchangeKind kind) {
        return switch (kind) {
            case SUPPORT -> "#1f5fa8";
            case CONNECTION -> "#8a4b00";
            case CONTRIBUTION -> "#2e7d32";
        };
    }

    private static String dash(ExchangeKind kind) {
        return switch (kind) {
            case SUPPORT -> "";
            case CONNECTION -> " stroke-dasharray=\"10 6\"";
            case CONTRIBUTION -> " stroke-dasharray=\"2 5\" stroke-linecap=\"round\"";
        };
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
