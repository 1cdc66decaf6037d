package org.praxis.reciprocation.internal;

import org.jspecify.annotations.Nullable;
import org.praxis.platform.Licence;
import org.praxis.platform.OrganisationId;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.ReciprocationType;
import org.praxis.reciprocation.events.Side;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The two-way ledger: per institution, the support it received from the programme and what it gave
 * back to the community, counted from the items of agreements both sides accepted.
 */
public final class LedgerViews {

    private LedgerViews() {
    }

    /** One exchange in a statement: an item of an agreed agreement, done or still to do. */
    public record LedgerLine(AgreementId agreementId, String agreementTitle, Side side, @Nullable String category,
                             String itemTitle, int effortHours, ItemStatus status, LocalDate dueDate,
                             @Nullable OffsetDateTime completedAt, @Nullable String connectWithName) {
    }

    /** Totals per category (support route or contribution type) on one side. */
    public record CategoryTotal(Side side, @Nullable String category, int itemsDone, int hoursDone, int itemsOpen,
                                int hoursOpen) {
    }

    /** What an institution received and gave back, in items and hours. */
    public record Totals(int supportItemsReceived, int hoursReceived, int supportItemsPlanned, int hoursPlanned,
                         int contributionsDelivered, int contributionHoursDelivered, int contributionsPlanned,
                         int contributionHoursPlanned) {

        /** Hours given back minus hours received: below zero, the institution has more to give back. */
        public int hoursBalance() {
            return contributionHoursDelivered - hoursReceived;
        }

        static Totals of(List<LedgerLine> lines) {
            int[] t = new int[8];
            for (LedgerLine line : lines) {
                boolean done = line.status() == ItemStatus.DONE;
                int base = (line.side() == Side.SUPPORT ? 0 : 4) + (done ? 0 : 2);
                t[base]++;
                t[base + 1] += line.effortHours();
            }
            return new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]);
        }
    }

    /** An institution's statement. */
    public record Statement(OrganisationId organisationId, String organisationName,
                            @Nullable OffsetDateTime memberSince, Totals totals, List<CategoryTotal> byCategory,
                            List<LedgerLine> lines) {

        public boolean member() {
            return memberSince != null;
        }
    }

    /** One line of the programme team's overview of all institutions. */
    public record Balance(OrganisationId organisationId, String organisationName, Totals totals,
                          @Nullable OffsetDateTime memberSince) {
    }

    /** A member of the community of practice and what it contributed. */
    public record Member(OrganisationId organisationId, String organisationName, OffsetDateTime joinedAt,
                         List<Contribution> contributions) {
    }

    /** A contribution an institution delivered. */
    public record Contribution(String title, ReciprocationType type, @Nullable OffsetDateTime deliveredAt,
                               @Nullable Licence licence, int effortHours) {
    }

    /** A party in the picture of who helped whom. */
    public enum NodeKind {
        /** The programme team, who give support. */
        PROGRAMME,
        INSTITUTION,
        /** Everyone in the community, who receive what institutions give back. */
        COMMUNITY
    }

    public record Node(String key, NodeKind kind, String name) {
    }

    /** What flowed from one party to another. */
    public enum ExchangeKind {
        /** Support from the programme team to an institution. */
        SUPPORT,
        /** An institution helped another through a connection the programme made. */
        CONNECTION,
        /** An institution gave something back to the whole community. */
        CONTRIBUTION
    }

    /** Done items from one party to another, added up. */
    public record Exchange(Node from, Node to, ExchangeKind kind, int items, int hours) {
    }
}
