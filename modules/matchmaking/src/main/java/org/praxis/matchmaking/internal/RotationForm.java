package org.praxis.matchmaking.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The speed-networking rotation as the organiser sets it up: how many rounds, how long each, how many tables. */
public class RotationForm {

    /** Enough for an afternoon, and every table's rounds fit on one page of the run sheet. */
    public static final int ROUNDS_MAX = 12;
    public static final int MINUTES_MAX = 60;
    public static final int TABLES_MAX = 500;

    @Min(value = 1, message = "{matchmaking.validation.rounds-range}")
    @Max(value = ROUNDS_MAX, message = "{matchmaking.validation.rounds-range}")
    private int rounds = 6;

    @Min(value = 1, message = "{matchmaking.validation.minutes-range}")
    @Max(value = MINUTES_MAX, message = "{matchmaking.validation.minutes-range}")
    private int minutes = 8;

    @Min(value = 1, message = "{matchmaking.validation.tables-range}")
    @Max(value = TABLES_MAX, message = "{matchmaking.validation.tables-range}")
    private int tables = 20;

    public int getRounds() { return rounds; }
    public void setRounds(int rounds) { this.rounds = rounds; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public int getTables() { return tables; }
    public void setTables(int tables) { this.tables = tables; }
}
