package org.praxis.platform.notices;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who to tell: named people, and everyone who holds a role (optionally only in one organisation).
 * Notifications resolves roles to people when it delivers; a person in several parts is told once.
 */
public record Audience(Set<PersonId> people, Set<RoleHolders> roleHolders) {

    /** Everyone holding the role, or only those in the organisation when it is given. */
    public record RoleHolders(Role role, @Nullable OrganisationId organisation) {
    }

    public Audience {
        people = Set.copyOf(people);
        roleHolders = Set.copyOf(roleHolders);
    }

    public static Audience person(PersonId person) {
        return new Audience(Set.of(person), Set.of());
    }

    public static Audience people(Collection<PersonId> people) {
        return new Audience(Set.copyOf(people), Set.of());
    }

    public static Audience holdersOf(Role role) {
        return new Audience(Set.of(), Set.of(new RoleHolders(role, null)));
    }

    public static Audience holdersOf(Role role, OrganisationId organisation) {
        return new Audience(Set.of(), Set.of(new RoleHolders(role, organisation)));
    }

    /** This audience and the other one together. */
    public Audience and(Audience other) {
        Set<PersonId> allPeople = new LinkedHashSet<>(people);
        allPeople.addAll(other.people);
        Set<RoleHolders> allHolders = new LinkedHashSet<>(roleHolders);
        allHolders.addAll(other.roleHolders);
        return new Audience(allPeople, allHolders);
    }

    public boolean isEmpty() {
        return people.isEmpty() && roleHolders.isEmpty();
    }
}
