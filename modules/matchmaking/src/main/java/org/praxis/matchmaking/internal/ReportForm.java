package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The short report after seed funding: whether and how the partnership developed. No other output is asked. */
public class ReportForm {

    public static final int REPORT_MAX = 4000;

    @NotNull(message = "{matchmaking.validation.developed-required}")
    private @Nullable Development developed;

    @NotBlank(message = "{matchmaking.validation.report-required}")
    @Size(max = REPORT_MAX, message = "{matchmaking.validation.report-too-long}")
    private String report = "";

    public @Nullable Development getDeveloped() { return developed; }
    public void setDeveloped(@Nullable Development developed) { this.developed = developed; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
}
