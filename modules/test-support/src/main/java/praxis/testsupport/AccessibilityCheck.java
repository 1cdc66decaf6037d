package praxis.testsupport;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the page the browser shows against WCAG 2.2 levels A and AA with Deque's axe-core (the engine
 * behind most accessibility checkers), and says each violation in one line: the rule, what it asks, and
 * where on the page.
 */
public final class AccessibilityCheck {

    /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private AccessibilityCheck() {
    }

    /**
     * Findings that are Vaadin's, not the page's, each with the reason it is set aside: rule id and a pattern of
     * the element's path. The grid's cells are its own keyboard-navigation stops (inside its shadow DOM);
     * a link in a cell covers most of the cell, so axe-core sees the cell as a target squeezed by the link.
     * The link itself is checked (and is at least 24 px high, praxis.css).
     */
    private static final List<List<String>> VAADIN_OWN =
            List.of(List.of("target-size", "\\[\\[vaadin-grid[^,]*, #vaadin-grid-cell-\\d+]]"));

    /** The page's violations, one line each; empty when axe-core finds none. */
    public static List<String> violations(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations();
        return violations.stream()
                .map(rule -> describe(rule, rule.getNodes().stream().filter(node -> !vaadinsOwn(rule, node)).toList()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private static boolean vaadinsOwn(Rule rule, CheckedNode node) {
        String target = String.valueOf(node.getTarget());
        return VAADIN_OWN.stream().anyMatch(own -> own.get(0).equals(rule.getId()) && target.matches(own.get(1)));
    }

    private static java.util.Optional<String> describe(Rule rule, List<CheckedNode> nodes) {
        if (nodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        String where = nodes.stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining("; "));
        return java.util.Optional.of(rule.getId() + " (" + rule.getHelp() + ") at " + where
                + (nodes.size() > 3 ? " and " + (nodes.size() - 3) + " more" : ""));
    }
}
