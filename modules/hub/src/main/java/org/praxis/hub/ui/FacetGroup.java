package org.praxis.hub.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One facet of the library search: a labelled group of real checkboxes ("Case study (3)"). The
 * checkboxes stay in place when results change — only their counts change — so keyboard and
 * screen-reader users keep their focus and place. Values with no results are hidden unless chosen.
 */
class FacetGroup extends Div {

    /** One value: its code and label. */
    record Value(String code, String label) {
    }

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final H3 heading;
    private final Runnable onChange;
    private boolean quiet;

    FacetGroup(String name, String title, List<Value> values, Runnable onChange) {
        this.onChange = onChange;
        addClassName("hub-facet");
        heading = new H3(title);
        String headingId = "facet-" + name;
        heading.setId(headingId);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", headingId);
        add(heading);
        for (Value value : values) {
            Checkbox box = new Checkbox(value.label());
            box.getElement().setAttribute("data-value", value.code());
            box.addValueChangeListener(e -> {
                if (!quiet) {
                    onChange.run();
                }
            });
            boxes.put(value.code(), box);
            labels.put(value.code(), value.label());
            add(box);
        }
    }

    Set<String> selected() {
        Set<String> selected = new LinkedHashSet<>();
        boxes.forEach((code, box) -> {
            if (box.getValue()) {
                selected.add(code);
            }
        });
        return selected;
    }

    void clear() {
        quiet = true;
        boxes.values().forEach(box -> box.setValue(false));
        quiet = false;
    }

    void select(String code) {
        Checkbox box = boxes.get(code);
        if (box != null) {
            box.setValue(true);
        }
    }

    /** Shows the number of results each value would have; hides values with none unless chosen. */
    void showCounts(Map<String, Integer> counts) {
        int shown = 0;
        for (Map.Entry<String, Checkbox> entry : boxes.entrySet()) {
            int count = counts.getOrDefault(entry.getKey(), 0);
            Checkbox box = entry.getValue();
            box.setLabel(labels.get(entry.getKey()) + " (" + count + ")");
            boolean visible = count > 0 || box.getValue();
            box.setVisible(visible);
            shown += visible ? 1 : 0;
        }
        setVisible(shown > 0);
    }

    Checkbox checkbox(String code) {
        return boxes.get(code);
    }
}
