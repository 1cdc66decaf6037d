package org.praxis.hub.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders resource bodies written in Markdown to HTML that is safe to show: commonmark-java escapes
 * raw HTML and drops unsafe link targets, then the OWASP sanitizer keeps only formatting, blocks,
 * tables, images over https and links (with rel="nofollow noopener"). Script, event handlers,
 * iframes and javascript: links never reach the page.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "ul", "ol", "li")
                    .allowElements("img").allowUrlProtocols("https").allowAttributes("src", "alt").onElements("img")
                    .toFactory());

    private SafeMarkdown() {
    }

    /** Markdown in, sanitised HTML out. */
    public static String toHtml(String markdown) {
        return sanitise(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Keeps only the allowed HTML of any input. */
    public static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** Escapes text for use inside HTML. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
