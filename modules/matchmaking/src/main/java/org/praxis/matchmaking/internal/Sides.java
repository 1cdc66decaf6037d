package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.AttendeeSide;
import org.praxis.platform.Role;

import java.util.EnumSet;
import java.util.Set;

/** Which group a person may come to a match event with, from the roles they hold. */
final class Sides {

    private Sides() {
    }

    static Set<AttendeeSide> open(Set<Role> roles) {
        EnumSet<AttendeeSide> sides = EnumSet.noneOf(AttendeeSide.class);
        if (roles.contains(Role.COMMUNITY_MEMBER) || roles.contains(Role.CO_PRODUCER)) {
            sides.add(AttendeeSide.COMMUNITY);
        }
        if (roles.contains(Role.RESEARCHER) || roles.contains(Role.INSTITUTION_LEAD)) {
            sides.add(AttendeeSide.RESEARCHER);
        }
        if (roles.contains(Role.BROKER)) {
            sides.add(AttendeeSide.BROKER);
        }
        return sides;
    }
}
