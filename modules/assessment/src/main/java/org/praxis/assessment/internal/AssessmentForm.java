package org.praxis.assessment.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.praxis.assessment.events.Urgency;

import java.util.ArrayList;
import java.util.List;

/** What the assessor records: strengths, gaps, urgency, notes, the routes and the rationale. */
public class AssessmentForm {

    @Size(max = 4000, message = "{assessment.validation.strengths-too-long}")
    private String strengths = "";

    @Size(max = 4000, message = "{assessment.validation.gaps-too-long}")
    private String gaps = "";

    private @Nullable Urgency urgency;

    @Size(max = 4000, message = "{assessment.validation.notes-too-long}")
    private String notes = "";

    @Size(max = 4000, message = "{assessment.validation.rationale-too-long}")
    private String rationale = "";

    @Valid
    @Size(max = 20, message = "{assessment.validation.too-many-routes}")
    private List<RouteDraft> routes = new ArrayList<>();

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getGaps() {
        return gaps;
    }

    public void setGaps(String gaps) {
        this.gaps = gaps;
    }

    public @Nullable Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(@Nullable Urgency urgency) {
        this.urgency = urgency;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<RouteDraft> getRoutes() {
        return routes;
    }

    public void setRoutes(List<RouteDraft> routes) {
        this.routes = new ArrayList<>(routes);
    }
}
