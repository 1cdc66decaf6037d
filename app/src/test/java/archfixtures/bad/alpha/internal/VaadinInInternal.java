package archfixtures.bad.alpha.internal;

import com.vaadin.flow.component.html.Div;

/** Fixture breaking the rules on purpose: a Vaadin component outside a ui package. */
public class VaadinInInternal {
    public Div render() {
        return new Div();
    }
}
