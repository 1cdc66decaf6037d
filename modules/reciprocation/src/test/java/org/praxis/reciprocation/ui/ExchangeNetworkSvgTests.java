package org.praxis.reciprocation.ui;

import org.junit.jupiter.api.Test;
import org.praxis.reciprocation.internal.LedgerViews.Exchange;
import org.praxis.reciprocation.internal.LedgerViews.ExchangeKind;
import org.praxis.reciprocation.internal.LedgerViews.Node;
import org.praxis.reciprocation.internal.LedgerViews.NodeKind;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The who-helped-whom picture is well-formed SVG, names every party and escapes what people typed. */
class ExchangeNetworkSvgTests {

    final Node programme = new Node("programme", NodeKind.PROGRAMME, "");
    final Node community = new Node("community", NodeKind.COMMUNITY, "");
    final Node liceria = new Node("l", NodeKind.INSTITUTION, "Liceria University");
    final Node tricky = new Node("t", NodeKind.INSTITUTION, "<script>alert('x')</script> & Sons");

    @Test
    void drawsEveryPartyAndFlowAsWellFormedSvg() throws Exception {
        String svg = ExchangeNetworkSvg.render(List.of(
                        new Exchange(programme, liceria, ExchangeKind.SUPPORT, 3, 18),
                        new Exchange(liceria, tricky, ExchangeKind.CONNECTION, 1, 2),
                        new Exchange(liceria, community, ExchangeKind.CONTRIBUTION, 2, 10)),
                this::name, kind -> kind.name().toLowerCase(), "Who helped whom");

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(3);
        assertThat(svg).contains("Liceria University").contains("Programme team").contains("18 h")
                .contains("&lt;script&gt;").doesNotContain("<script>")
                .contains("stroke-dasharray");
    }

    private String name(Node node) {
        return switch (node.kind()) {
            case PROGRAMME -> "Programme team";
            case COMMUNITY -> "The whole community";
            case INSTITUTION -> node.name();
        };
    }
}
