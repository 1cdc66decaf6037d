package org.praxis.matchmaking.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of matchmaking ({@code praxis.matchmaking.*}).
 *
 * @param timeZone        where match events are held: their times are entered and shown in it
 * @param offerTimeLimit  how long a person offered a freed place has to take it up before it goes to the next
 * @param offerCheckEvery how often lapsed offers are passed on
 */
@ConfigurationProperties("praxis.matchmaking")
public record MatchmakingProperties(@DefaultValue("Europe/London") ZoneId timeZone,
                                    @DefaultValue("PT48H") Duration offerTimeLimit,
                                    @DefaultValue("PT5M") Duration offerCheckEvery) {
}
