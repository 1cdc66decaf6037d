package archfixtures.good.alpha.ui;

import com.vaadin.flow.component.html.Div;

/** Fixture following the rules: Vaadin in a ui package. */
public class AlphaView extends Div {
}
