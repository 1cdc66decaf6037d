package org.praxis.hub.events;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.OrganisationId;
import org.praxis.reciprocation.events.AgreementId;

import java.time.Instant;
import java.util.Set;

/**
 * A resource passed moderation and is now visible to everyone signed in.
 *
 * @param type            the resource type's code (e.g. {@code case-study})
 * @param tags            keywords and other facet values, for consumers that match by topic
 * @param sourceAgreement the reciprocation agreement it came from, if any
 */
public record ResourcePublished(ResourceId resourceId, String title, String type, Set<String> tags,
                                @Nullable OrganisationId ownerOrganisation, @Nullable AgreementId sourceAgreement,
                                Instant publishedAt) {
}
